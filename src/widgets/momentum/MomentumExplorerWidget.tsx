/**
 * "Momentum explorer": the book's momentum (v ← βv + ∇f(w); w ← w − αv) on chapter 3's
 * elongated bowl, taken apart along the bowl's two eigen-directions. Sliders for κ, α and β;
 * the path over the contours; each direction's error against step with its envelope ρᵗ; the
 * phase diagram over (α, β) coloured by the worse direction's rate, with the stability
 * boundary, the critical-damping curves and α*, β*, which a press or the arrow keys move
 * through; each direction's regime named as it changes; the rate against gradient descent's.
 *
 * State (URL, `momentum.*`): kappa, lr (α), beta (β), steps. Everything is closed form or a
 * few hundred scalar steps (microseconds), so it runs here rather than in the worker; the
 * phase grid (120 × 80 cells) and the curves depend on κ only and are computed once per κ.
 */
import { useCallback, useMemo } from 'react';
import { layout, Figure, Playback, Slider, WidgetFrame, usePlayback } from '../kit';
import { Share, stateSpec, useWidgetState } from '../state';
import { formatFixed, formatNumber } from '../descent/numberText';
import { BowlPathPlot } from '../descent/BowlPathPlot';
import { useFollowEnd } from '../descent/useFollowEnd';
import { firstOutside, viewRadius } from '../descent/viewWindow';
import { BOWL_START, bowlCurvatures } from './bowl';
import { DirectionErrorPlot } from './DirectionErrorPlot';
import { explorerReport } from './directionReport';
import { ALPHA_RANGE, BETA_RANGE, momentumSchema } from './momentumSchema';
import { runMomentum } from './momentumRun';
import { PhaseDiagram } from './PhaseDiagram';
import { phaseGrid } from './phaseGrid';
import { PhaseLegend } from './PhaseLegend';
import { RateComparison } from './RateComparison';
import { RegimeReadout } from './RegimeReadout';
import { describeErrors, describePath, describePhase } from './regimeText';
import styles from './momentum.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const momentumExplorerState = stateSpec('momentum', momentumSchema);

export function MomentumExplorerWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(momentumExplorerState);
  const { kappa, lr: alpha, beta, steps } = state;
  const curvatures = useMemo(() => bowlCurvatures(kappa), [kappa]);
  const grid = useMemo(() => phaseGrid(kappa), [kappa]);
  const report = explorerReport(kappa, alpha, beta);
  const path = useMemo(() => runMomentum(kappa, alpha, beta, steps, BOWL_START), [kappa, alpha, beta, steps]);
  const setAlphaBeta = useCallback((a: number, b: number) => set({ lr: a, beta: b }), [set]);

  const playback = useFollowEnd(usePlayback({ last: path.steps, stepsPerSecond: 6 }));
  const t = Math.min(playback.step, path.steps);
  const radius = viewRadius(path.points);
  const exit = firstOutside(path.points.subarray(0, 2 * (t + 1)), 2, radius);
  const offPlot = exit !== null ? ` The path left the plot at step ${exit}.` : '';
  const where = `(${formatFixed(path.points[2 * t])}, ${formatFixed(path.points[2 * t + 1])})`;

  return (
    <WidgetFrame
      id={momentumExplorerState.id}
      title="Momentum explorer"
      intro="Move α and β (or press anywhere on the phase diagram) and watch each direction of the bowl switch between overdamped, critically damped, underdamped and diverging."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
      controls={
        <>
          <Slider field={momentumSchema.kappa} label="Condition number κ" value={kappa} min={momentumSchema.kappa.min} max={momentumSchema.kappa.max} log onChange={(v) => set({ kappa: v })} hint="λmax / λmin: the bowl is κ times steeper across than along." />
          <Slider field={momentumSchema.steps} label="Steps" value={steps} min={momentumSchema.steps.min} max={momentumSchema.steps.max} integer unit="steps" onChange={(v) => set({ steps: v })} />
        </>
      }
    >
      <div className={styles.top}>
        <Slider field={momentumSchema.lr} label="Learning rate α" value={alpha} min={ALPHA_RANGE[0]} max={ALPHA_RANGE[1]} log onChange={(v) => set({ lr: v })} />
        <Slider field={momentumSchema.beta} label="Momentum β" value={beta} min={BETA_RANGE[0]} max={BETA_RANGE[1]} step={0.01} onChange={(v) => set({ beta: v })} hint="How much of the last velocity each step keeps; 0 is plain gradient descent." />
      </div>
      <RegimeReadout report={report} path={path} />
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption={`Contours of the bowl (darker is lower); the path starts at the hollow dot. Its x is the slow direction's error, its y the fast direction's.${offPlot}`} srDescription={describePath(report, path, t, BOWL_START)}>
          <BowlPathPlot kappa={kappa} path={path} upTo={t} radius={radius} stepName="momentum" axes={['x (slow direction)', 'y (fast direction)']} />
        </Figure>
        <Figure
          caption={
            <>
              Each direction's error ÷ its start, log scale: <span className={styles.slowText}>slow (x)</span>, <span className={styles.fastText}>fast (y)</span>; dashed: the envelope ρᵗ.
            </>
          }
          srDescription={describeErrors(report, path, t)}
        >
          <DirectionErrorPlot path={path} report={report} steps={steps} upTo={t} />
        </Figure>
      </div>
      <Playback
        playback={playback}
        label="Play the run"
        describeStep={(s) => (path.divergedAt !== null ? `Step ${s} of ${steps} · stopped at ${path.divergedAt}` : `Step ${s} of ${steps}`)}
      />
      <p className={styles.note} data-testid="momentum-now">
        After {t} step{t === 1 ? '' : 's'}: (x, y) = {where}, loss {formatNumber(path.losses[t] / path.losses[0])} of the start.
      </p>
      <Figure
        caption="Press or drag on the diagram to set α and β, or Tab to the ring and use the arrow keys. Colour: the slower direction's rate ρ (bright converges fast, dark slowly); hatched: diverges. Below a dashed curve its direction is overdamped, above it underdamped; the curves cross at α*, β*."
        srDescription={describePhase(report, ALPHA_RANGE)}
      >
        <PhaseDiagram grid={grid} curvatures={curvatures} alpha={alpha} beta={beta} optimal={report.optimal} alphaRange={ALPHA_RANGE} betaRange={BETA_RANGE} onChange={setAlphaBeta} />
        <PhaseLegend />
      </Figure>
      <RateComparison report={report} onUse={setAlphaBeta} />
    </WidgetFrame>
  );
}
