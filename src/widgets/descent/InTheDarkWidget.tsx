/**
 * "Descending in the dark": a climber on a hilly landscape at night sees only the lamp-lit
 * disc at their feet. The reader walks by compass (buttons or arrow keys), or lets gradient
 * descent choose (one step, or Play), watching the altitude after every step; then reveals
 * the map to see which valley they ended in.
 *
 * State (URL, `dark.*`): landscape, the start (sx, sy), the stride (step), gradient descent's
 * α (lr), whether the map is revealed (reveal), and the seed of the next "Random start". The
 * path itself is interaction history and is not encoded: a shared link puts the reader at the
 * same start on the same map with the same settings, to walk for themselves. A start off the
 * chosen map (the two maps differ in size, which the schema's one range cannot express) is
 * moved onto it, with a message.
 *
 * Everything is computed here, on the main thread: the heatmap is 161 × 161 (or 161 × 121)
 * evaluations of a polynomial, well under a millisecond, and a step is one gradient.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { createRng, sampleGrid } from '../../core';
import { autoLevels, Button, Figure, Select, Slider, Toggle, usePlayback, WidgetFrame } from '../kit';
import { nextSeed, Share, stateSpec, useWidgetState, type Vec2 } from '../state';
import { AltitudePlot } from './AltitudePlot';
import { basinOf, minimaOf } from './basin';
import { Compass } from './Compass';
import { darkSchema } from './darkSchema';
import styles from './dark.module.css';
import { altitudeText, flatSlope, pointText, revealText, slopeAt, walkMessage } from './darkText';
import { clampToMap, LANDSCAPE_NAMES, LANDSCAPES, type Landscape, mapSpan } from './landscapes';
import { NightMap } from './NightMap';
import { formatFixed, formatNumber } from './numberText';
import { canStep, currentPoint, type Direction, DIRECTION_NAMES, gradientStep, manualStep, startWalk, stepCounts, type Walk } from './walk';


type Action =
  | { type: 'manual'; land: Landscape; direction: Direction; length: number }
  | { type: 'gradient'; land: Landscape; alpha: number }
  | { type: 'reset'; land: Landscape; start: Vec2 };

function walkReducer(walk: Walk, action: Action): Walk {
  switch (action.type) {
    case 'manual':
      return manualStep(walk, action.land, action.direction, action.length);
    case 'gradient':
      return gradientStep(walk, action.land, action.alpha);
    case 'reset':
      return startWalk(action.land, action.start);
  }
}

/** Arrow keys walk; Home, PageUp, End, PageDown take the diagonals (as on a numeric keypad). */
const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'N', ArrowDown: 'S', ArrowLeft: 'W', ArrowRight: 'E', Home: 'NW', PageUp: 'NE', End: 'SW', PageDown: 'SE',
};

/** Play's pace: gradient steps per second at speed 1. */
const STEPS_PER_SECOND = 5;

const LANDSCAPE_OPTIONS = LANDSCAPE_NAMES.map((name) => ({ value: name, label: LANDSCAPES[name].label }));

/** What a link, an embed page or an element attribute can set: the public interface. */
export const inTheDarkState = stateSpec('dark', darkSchema);

export function InTheDarkWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(inTheDarkState);
  const land = LANDSCAPES[state.landscape];
  const start = clampToMap(land, [state.sx, state.sy]);

  // A start off this map: move it on, and say so (the schema's range is the larger map's).
  const [startProblem, setStartProblem] = useState<string | null>(null);
  useEffect(() => {
    if (start[0] === state.sx && start[1] === state.sy) return;
    setStartProblem(
      `The start ${pointText([state.sx, state.sy])} is off the ${land.label.split(':')[0]} map (x from ${land.x[0]} to ${land.x[1]}, y from ${land.y[0]} to ${land.y[1]}); starting at ${pointText(start)} instead.`,
    );
    set({ sx: start[0], sy: start[1] });
  }, [state.sx, state.sy, land]);

  const [walk, dispatch] = useReducer(walkReducer, undefined, () => startWalk(land, start));
  useEffect(() => {
    dispatch({ type: 'reset', land, start });
  }, [land, start[0], start[1]]);

  const playback = usePlayback({ last: 1_000_000, stepsPerSecond: STEPS_PER_SECOND });
  const seen = useRef(0);
  useEffect(() => {
    const ticks = playback.step - seen.current;
    seen.current = playback.step;
    for (let i = 0; i < ticks; i++) dispatch({ type: 'gradient', land, alpha: state.lr });
  }, [playback.step]);
  const walking = walk.status === 'walking';
  useEffect(() => {
    if (playback.playing && !walking) playback.pause();
  }, [playback.playing, walking]);

  const [lastDirection, setLastDirection] = useState<string | null>(null);
  const stepBy = (direction: Direction) => {
    playback.pause();
    setLastDirection(DIRECTION_NAMES[direction]);
    dispatch({ type: 'manual', land, direction, length: state.step });
  };
  const gradient = () => {
    playback.pause();
    dispatch({ type: 'gradient', land, alpha: state.lr });
  };
  const reset = () => {
    playback.pause();
    dispatch({ type: 'reset', land, start });
  };
  const randomStart = () => {
    const rng = createRng(state.seed);
    const mx = 0.05 * (land.x[1] - land.x[0]), my = 0.05 * (land.y[1] - land.y[0]);
    const round = (v: number) => Math.round(v * 100) / 100;
    playback.pause();
    set({
      sx: round(rng.uniform(land.x[0] + mx, land.x[1] - mx)),
      sy: round(rng.uniform(land.y[0] + my, land.y[1] - my)),
      seed: nextSeed(state.seed),
    });
  };
  const onKey = (key: string): boolean => {
    const d = KEY_DIRECTIONS[key];
    if (d) {
      stepBy(d);
      return true;
    }
    if (key === 'g' || key === 'G') {
      gradient();
      return true;
    }
    return false;
  };

  const grid = useMemo(() => {
    const nx = land.samples;
    const ny = Math.round((nx - 1) * ((land.y[1] - land.y[0]) / (land.x[1] - land.x[0]))) + 1;
    return sampleGrid(land.surface, { x: [...land.x], y: [...land.y], nx, ny });
  }, [land]);
  const levels = useMemo(() => autoLevels(grid.min, grid.max, 30, 'log'), [grid]);
  const minima = useMemo(() => minimaOf(land.surface), [land]);

  const here = currentPoint(walk);
  const lost = walk.lost;
  const at: Vec2 = lost ? lost.from : [here.x, here.y];
  const flat = flatSlope(land, grid.min, grid.max);
  const { slope, downhill } = slopeAt(land, at, flat);
  const counts = stepCounts(walk);
  const n = walk.points.length - 1;
  const message = walkMessage(walk, land, lastDirection, state.reveal);
  const basin = useMemo(() => (state.reveal && !lost ? basinOf(land.surface, at, mapSpan(land) / 400) : null), [state.reveal, lost, land, at[0], at[1]]);
  const altitude = lost ? lost.f : here.f;
  const valueText = lost
    ? `Lost off the map after gradient step ${lost.step}`
    : `x = ${formatFixed(here.x)}, y = ${formatFixed(here.y)}, altitude ${altitudeText(here.f)}${downhill ? `, downhill is ${downhill}` : ''}`;
  const mapLabel = `Night map of ${land.label.split(':')[0]}`;
  const srDescription = `${land.words}. ${state.reveal ? 'The map is revealed.' : `Only a disc of radius ${land.lampRadius} around the climber is lit; the rest is dark.`} ${
    lost ? `The climber left the map at gradient step ${lost.step}.` : `The climber is at ${pointText(at)}, altitude ${altitudeText(here.f)}${downhill ? `; downhill is toward the ${downhill}, slope ${formatNumber(slope)}` : ''}.`
  } ${n} step${n === 1 ? '' : 's'} taken: ${counts.manual} by hand, ${counts.gradient} by gradient.`;

  return (
    <WidgetFrame
      id={inTheDarkState.id}
      title="Descending in the dark"
      intro="Only the ground under your lamp is visible. Walk with the compass or the arrow keys, reading the slope inside the lit disc, or let gradient descent choose."
      problems={startProblem ? [...problems, startProblem] : problems}
      onDismissProblems={() => {
        dismissProblems();
        setStartProblem(null);
      }}
      share={<Share getUrl={shareUrl} />}
      controls={
        <>
          <Select field={darkSchema.landscape}
            label="Landscape"
            value={state.landscape}
            options={LANDSCAPE_OPTIONS}
            onChange={(v) => {
              const next = LANDSCAPES[v];
              set({ landscape: v, sx: next.start[0], sy: next.start[1], step: next.stepLength, lr: next.alpha });
            }}
          />
          <Slider field={darkSchema.step} label="Step length" value={state.step} min={darkSchema.step.min} max={darkSchema.step.max} log onChange={(v) => set({ step: v })} hint="How far one stride by hand goes." />
          <Slider field={darkSchema.lr}
            label="Learning rate α"
            value={state.lr}
            min={darkSchema.lr.min}
            max={darkSchema.lr.max}
            log
            onChange={(v) => set({ lr: v })}
            hint="A gradient step goes α·|∇f|: long where it is steep, short where it is flat."
          />
          <Toggle field={darkSchema.reveal} label="Reveal the map" checked={state.reveal} onChange={(v) => set({ reveal: v })} />
        </>
      }
    >
      <div className={styles.root}>
        <div className={styles.layout}>
          <div className={styles.mapArea}>
            <Figure
              caption={
                state.reveal
                  ? 'The whole map: darker is lower, × marks each valley floor, a ring the lowest. Your trail: blue by hand, dashed orange by gradient.'
                  : 'The lamp lights a small disc: the arrow points straight downhill, the lines join points of equal altitude. Your trail stays drawn.'
              }
              srDescription={srDescription}
            >
              <NightMap land={land} grid={grid} levels={levels} walk={walk} revealed={state.reveal} minima={minima} flat={flat} onKey={onKey} valueText={valueText} label={mapLabel} />
            </Figure>
          </div>
          <div className={styles.panel}>
            <div className={styles.walkBox}>
              <Compass onStep={stepBy} disabled={!canStep(walk)} />
              <div className={styles.actions}>
                <Button primary small onClick={gradient} disabled={!canStep(walk)}>
                  Gradient step
                </Button>
                <Button small onClick={playback.playing ? playback.pause : playback.play} disabled={!playback.playing && !walking}>
                  {playback.playing ? 'Pause' : 'Play'}
                </Button>
                <Button small onClick={reset} disabled={n === 0}>
                  Reset
                </Button>
                <Button small onClick={randomStart}>
                  Random start
                </Button>
              </div>
            </div>
            <p className={styles.hint}>
              On the map: <kbd>←</kbd> <kbd>↑</kbd> <kbd>→</kbd> <kbd>↓</kbd> walk, <kbd>Home</kbd> <kbd>PgUp</kbd> <kbd>End</kbd> <kbd>PgDn</kbd> the diagonals, <kbd>G</kbd> a gradient step.
            </p>
            <dl className={styles.readouts}>
              <dt>Altitude</dt>
              <dd>
                <output className={styles.altitude} data-testid="dark-altitude" data-value={altitude}>
                  {lost ? 'off the map' : altitudeText(altitude)}
                </output>
              </dd>
              <dt>Position</dt>
              <dd data-testid="dark-position">{lost ? 'lost' : pointText(at)}</dd>
              <dt>Slope</dt>
              <dd>{lost ? '—' : `${formatNumber(slope)}${downhill ? `, downhill ${downhill}` : ', level'}`}</dd>
              <dt>Steps</dt>
              <dd data-testid="dark-steps">
                {n}
                {n > 0 ? `: ${counts.manual} by hand, ${counts.gradient} by gradient` : ''}
              </dd>
            </dl>
            {!lost && (
              <p className={styles.hint}>
                A gradient step from here would go <span className={styles.nowrap}>α·|∇f| = {formatNumber(state.lr * slope)}</span>; your stride is {formatNumber(state.step)}.
              </p>
            )}
            <div role="status" className={styles.status}>
              {message && (
                <p className={styles.message} data-tone={message.tone} data-testid="dark-message">
                  {message.text}
                </p>
              )}
            </div>
            {state.reveal && (
              <p className={styles.reveal} data-testid="dark-reveal">
                {revealText(basin, land, lost !== null, land.lampRadius)}
              </p>
            )}
          </div>
          <div className={styles.altArea}>
            <Figure
              caption={
                <ul className={styles.legend}>
                  <li>
                    <svg width="12" height="12" aria-hidden="true"><circle className={styles.markStart} cx="6" cy="6" r="4" /></svg> start
                  </li>
                  <li>
                    <svg width="12" height="12" aria-hidden="true"><circle className={styles.markManual} cx="6" cy="6" r="4" /></svg> step by hand
                  </li>
                  <li>
                    <svg width="12" height="12" aria-hidden="true"><path className={styles.markGradient} d="M6,1L11,6L6,11L1,6Z" /></svg> gradient step
                  </li>
                </ul>
              }
              srDescription={`Altitude after each step: ${walk.points.slice(-12).map((p) => altitudeText(p.f)).join(', ')}${n >= 12 ? ' (the last 12)' : ''}.`}
            >
              <AltitudePlot walk={walk} range={[grid.min, grid.max]} />
            </Figure>
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}
