/**
 * Widget "Optimizer race" (chapter 4's flagship): a chosen subset of the core's optimizers from one
 * shared start on one surface, each with its own hyperparameters; the paths over the contours,
 * loss against step, a scoreboard, a timeline, presets and an export.
 *
 * Work per input (the frame budget): the contour grid (task surfaceGrid, 128 × 128) depends on
 * the surface only and is computed once per surface; everything else is one optimizerRace run
 * per input, which the worker layer coalesces (a drag of the start or an α slider waits as the
 * newest input, never cancelling the run in flight). The previous race stays on screen until
 * the next one lands (dimmed if that takes more than a quarter second); the contours never
 * redraw for a moving start, and the paths are drawn on a canvas (kit LinesCanvas).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OptimizerRaceOutput } from '../../worker/tasks/optimizerRace';
import { useComputation } from '../../worker/useComputation';
import { layout, Button, download, Figure, Playback, Select, Slider, sliderProps, usePlayback, useSustained, WidgetFrame } from '../kit';
import { useRestartNote } from '../kit/layout/restartNote';
import { gridOfWindow } from '../surfaces/gridOfWindow';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { useFollowEnd } from '../descent/useFollowEnd';
import { formatNumber } from '../surfaces/formatNumber';
import { levelSpacing, plotAspect, surfaceLevels } from '../surfaces/surfaceCatalog';
import { runToCsv, runToJson, type RaceRun } from './exportRun';
import { RACE_PRESETS } from './presets';
import { clampStart, defaultStart, gridInput, makeRaceSurface, raceInput, racerConfig, racerSchedule, startWindow, SURFACE_META } from './raceProblem';
import { RaceLegend } from './RaceLegend';
import { RaceLoss } from './RaceLoss';
import { RaceMap } from './RaceMap';
import { ScheduleControls } from './ScheduleControls';
import { StepPanel } from './StepPanel';
import { ControlGroup, RacerToggles } from './RacerControls';
import { appliesTo, RACE_SURFACES, RACER_INFO, RACER_NAMES, raceSchema, type RaceState, type RaceSurface, type RacerName, skippedRacers } from './raceSchema';
import { describeRace } from './raceText';
import { compactShareUrl } from './shareQuery';
import styles from './race.module.css';

const SURFACE_OPTIONS = RACE_SURFACES.map((value) => ({ value, label: SURFACE_META[value].label }));
const lrText = (v: number) => formatNumber(v, 3);

/** What is on screen: a finished race and the settings it was run with. */
interface Shown {
  readonly result: OptimizerRaceOutput;
  readonly names: readonly RacerName[];
  readonly state: RaceState;
  readonly start: readonly [number, number];
}

/** What a link, an embed page or an element attribute can set: the public interface. */
export const optimizerRaceState = stateSpec('race', raceSchema);

export function OptimizerRaceWidget() {
  const w = useWidgetState(optimizerRaceState);
  const { state, set } = w;
  const meta = SURFACE_META[state.surface];

  // The surface depends on κ and rotation only on the quadratic.
  const quad = state.surface === 'quadratic';
  const kappa = quad ? state.kappa : 0, rotation = quad ? state.rotation : 0;
  const surface = useMemo(() => makeRaceSurface({ surface: state.surface, kappa, rotation }), [state.surface, kappa, rotation]);
  const window = useMemo(() => startWindow(surface), [surface]);
  const aspect = plotAspect(surface.domain);

  // A link may put the start outside this surface's window: move it in and say so.
  const clamped = clampStart(state.x, state.y, window, meta.label);
  const [notes, setNotes] = useState<string[]>([]);
  useEffect(() => {
    if (!clamped.moved) return;
    set({ x: clamped.x, y: clamped.y });
    setNotes(clamped.problems);
  }, [clamped.moved, clamped.x, clamped.y]); // the message is derived from these numbers

  const gridIn = useMemo(() => gridInput({ surface: state.surface, kappa, rotation }, surface), [state.surface, kappa, rotation, surface]);
  const grid = gridOfWindow(useComputation('surfaceGrid', gridIn).result, gridIn);
  const levels = useMemo(() => (grid ? surfaceLevels(grid.min, grid.max) : []), [grid]);
  const spacing = grid ? levelSpacing(grid.min) : 'log';

  const input = useMemo(() => raceInput(state, [clamped.x, clamped.y]), [state, clamped.x, clamped.y]);
  // Stable props, so the memoized map re-renders for a new start or race, not for every input.
  const startPoint = useMemo(() => ({ x: clamped.x, y: clamped.y }), [clamped.x, clamped.y]);
  const moveStart = useCallback((x: number, y: number) => set({ x, y }), [set]);
  const race = useComputation('optimizerRace', input);
  const restarted = useRestartNote();

  // The race on screen: the latest finished one, with the settings that made it.
  const shownRef = useRef<Shown | null>(null);
  if (race.status === 'done' && race.result && input && shownRef.current?.result !== race.result) {
    shownRef.current = { result: race.result, names: input.names, state, start: input.start as [number, number] };
  }
  const shown = input ? shownRef.current : null;
  const fresh = race.status === 'done' && shown?.result === race.result;
  // Dimmed and marked "updating" only when a result keeps the reader waiting, never at a drag's pace.
  const waiting = useSustained(!fresh, 250);
  const namesKey = shown ? shown.names.join(',') : '';
  const names = useMemo(() => shown?.names ?? [], [namesKey]); // stable while the set is
  const racers = shown?.result.racers ?? null;

  const playback = useFollowEnd(usePlayback({ last: state.steps, stepsPerSecond: 30 }));
  const t = Math.min(playback.step, state.steps);

  const [tune, setTune] = useState<RacerName>('adam');
  const selected = RACER_NAMES.filter((n) => state[n]);
  const tuned: RacerName = state[tune] ? tune : (selected[0] ?? 'sgd');
  const skipped = skippedRacers(state);

  // The last preset's explanation stays on screen until the surface changes or another preset is pressed.
  const [presetId, setPresetId] = useState<string | null>(null);
  const preset = RACE_PRESETS.find((p) => p.id === presetId) ?? null;

  const chooseSurface = (surface: RaceSurface) => {
    const [x, y] = defaultStart(surface);
    set({ surface, x, y });
    setNotes([]);
    setPresetId(null);
  };

  const run: RaceRun | null = shown
    ? {
        surface: SURFACE_META[shown.state.surface].label,
        problem: input?.problem,
        start: shown.start,
        steps: shown.state.steps,
        tolerance: SURFACE_META[shown.state.surface].tolerance,
        names: shown.names,
        configs: shown.names.map((n) => racerConfig(shown.state, n)),
        schedules: shown.names.map((n) => racerSchedule(shown.state, n)),
        result: shown.result,
      }
    : null;

  const description = describeRace(names, shown?.result ?? null, shown?.state ?? state, shown?.start ?? [clamped.x, clamped.y], t);
  const title = `${meta.label}${quad ? ` (κ = ${formatNumber(state.kappa, 3)}, rotated ${Math.round(state.rotation)}°)` : ''}`;

  return (
    <WidgetFrame
      id={optimizerRaceState.id}
      title="Optimizer race"
      intro="Pick optimizers, tune each one, and drag the shared start (or focus it and use the arrow keys): every path is recomputed from the same point."
      problems={[...w.problems, ...notes]}
      onDismissProblems={() => {
        w.dismissProblems();
        setNotes([]);
      }}
      share={<Share getUrl={() => compactShareUrl(w.shareUrl(), state)} />}
      controls={
        <>
          <Select field={raceSchema.surface} label="Surface" value={state.surface} options={SURFACE_OPTIONS} onChange={chooseSurface} />
          {quad ? (
            <>
              <Slider {...sliderProps(raceSchema.kappa)} value={state.kappa} format={lrText} onChange={(v) => set({ kappa: v })} />
              <Slider {...sliderProps(raceSchema.rotation)} value={state.rotation} format={(v) => `${Math.round(v)}°`} onChange={(v) => set({ rotation: v })} />
            </>
          ) : null}
          {state.surface === 'noisyLine' ? (
            <>
              <Slider {...sliderProps(raceSchema.batch)} value={state.batch} onChange={(v) => set({ batch: v })} />
              <Button onClick={() => set({ seed: nextSeed(state.seed) })}>New batch order (seed {state.seed})</Button>
            </>
          ) : null}
          <Slider {...sliderProps(raceSchema.steps)} value={state.steps} onChange={(v) => set({ steps: v })} />
        </>
      }
    >
      <div className={layout.row} role="group" aria-label="Presets">
        {RACE_PRESETS.map((p) => (
          <Button key={p.id} small title={p.about} onClick={() => { set(p.patch); setNotes([]); setPresetId(p.id); }}>
            {p.label}
          </Button>
        ))}
      </div>
      <p className={styles.presetNote} aria-live="polite" data-testid="race-preset-note">
        {preset ? (
          <>
            <strong>{preset.label}:</strong> {preset.about}
          </>
        ) : null}
      </p>

      <ControlGroup legend="Racers">
        <RacerToggles
          toggles={RACER_NAMES.map((n) => {
            const applies = appliesTo(n, state.surface);
            return {
              name: n,
              label: RACER_INFO[n].label,
              pressed: state[n] && applies,
              ...(applies ? {} : { disabledBecause: `${RACER_INFO[n].label} needs the full data’s curvature: not on mini-batches` }),
            };
          })}
          onToggle={(n) => set({ [n]: !state[n] })}
        />
        {skipped.length > 0 ? (
          <p className={styles.note}>{skipped.map((n) => RACER_INFO[n].label).join(' and ')} need the full data’s curvature, so they sit out the mini-batch race.</p>
        ) : null}
      </ControlGroup>

      <div className={styles.columns}>
        <Figure
          caption={`Contours of the surface (darker is lower; × marks a minimum). Each path starts at the ring; the marks show where each optimizer is after ${t} steps.`}
          srDescription={description}
        >
          <RaceMap
            surface={surface}
            grid={grid}
            levels={levels}
            spacing={spacing}
            aspect={aspect}
            xName={meta.xName}
            yName={meta.yName}
            label={title}
            names={names}
            racers={racers}
            step={t}
            start={startPoint}
            window={window}
            onStart={moveStart}
            stale={waiting}
          />
        </Figure>
        <div className={styles.tableWrap} aria-live="polite" aria-busy={!fresh}>
          {input === null ? (
            <p className={styles.note}>Choose at least one optimizer to race.</p>
          ) : (
            <RaceLegend names={names} result={shown?.result ?? null} state={shown?.state ?? state} tolerance={meta.tolerance} fresh={fresh} updating={waiting} />
          )}
        </div>
      </div>

      <Playback playback={playback} label="Play the race" describeStep={(s) => `Step ${s} of ${state.steps}`} scrub />
      <Figure caption={shown?.result.minimum === null ? 'Loss against step.' : 'Loss above the minimum against step (log scale); the dashed line is the timeline’s step.'}>
        <RaceLoss names={names} racers={racers} minimum={shown?.result.minimum ?? null} steps={state.steps} step={t} />
      </Figure>

      {selected.length > 0 ? (
        <ControlGroup legend="Tune one optimizer">
          <div className={styles.tuning}>
            <Select label="Tune" value={tuned} options={selected.map((n) => ({ value: n, label: RACER_INFO[n].label }))} onChange={setTune} />
            {RACER_INFO[tuned].hyper.map(({ field }) => {
              const f = raceSchema[field] as Extract<(typeof raceSchema)[typeof field], { kind: 'number' }>;
              return <Slider key={field} {...sliderProps(f)} value={state[field] as number} format={lrText} onChange={(v) => set({ [field]: v })} />;
            })}
            <ScheduleControls name={tuned} state={state} set={set} />
            {shown && shown.names.includes(tuned) && shown.result.racers.length === shown.names.length ? (
              <StepPanel name={tuned} state={shown.state} start={shown.start} result={shown.result.racers[shown.names.indexOf(tuned)]} t={t} />
            ) : null}
          </div>
        </ControlGroup>
      ) : null}

      <div className={styles.exports}>
        <Button small disabled={!run} onClick={() => run && download(runToJson(run), 'optimizer-race.json', 'application/json')}>
          Export JSON
        </Button>
        <Button small disabled={!run} onClick={() => run && download(runToCsv(run), 'optimizer-race.csv', 'text/csv')}>
          Export CSV
        </Button>
      </div>

      <p className={styles.note} role="status">
        {race.status === 'running' ? 'Racing…' : null}
        {race.status === 'error' ? <span className={styles.danger}>Could not run the race: {race.error?.message}</span> : null}
        {restarted ? ` ${restarted}` : null}
      </p>
    </WidgetFrame>
  );
}
