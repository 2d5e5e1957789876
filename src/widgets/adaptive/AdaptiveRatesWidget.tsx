/**
 * Chapter 4, "Adaptive rates": the axis-aligned bowl ½(x² + κy²), flat along x and κ times
 * steeper along y, where one learning rate cannot suit both axes. SGD, AdaGrad, RMSProp,
 * AdaDelta and Adam run from one start in the worker (optimizerRace, about a millisecond);
 * each one's effective per-parameter step size α_eff,i(t) = −Δw_i / g_i is read off its path and
 * plotted per axis on a log scale: SGD's is α on both, the adaptive ones' differ by axis (about
 * κ times larger along the flat one), and AdaGrad's only ever shrinks. Adam's bias correction
 * is a switch, and a table shows its first steps with it and without.
 *
 * State (URL, `adaptive.*`): κ, which optimizers are shown, their rates, the switch and the
 * steps (adaptiveSchema.ts). Every optimizer runs whether shown or not, so ticking one on shows
 * its curves at once.
 */
import { Fragment, useMemo, useRef } from 'react';
import type { OptimizerRaceOutput } from '../../worker/tasks/optimizerRace';
import { layout, DataTable, DivergenceAlert, Figure, LineSwatch, Slider, sliderProps, TableName, Toggle, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { Share, stateSpec, useWidgetState } from '../state';
import { AdaptivePathsPlot } from './AdaptivePathsPlot';
import { ADAPTIVE_OPTIMIZERS, adaptiveRaceInput, adaptiveSurface, type AdaptiveName, effectiveSteps, firstMoves, logRange, OPTIMIZER_TITLES, OTHER_ADAM } from './adaptiveModel';
import { adaptiveSchema as schema } from './adaptiveSchema';
import { describeRates, fmt, lastFinite, type RunSummary, sgdDivergence } from './adaptiveText';
import { EffectiveRatePlot } from './EffectiveRatePlot';
import { OPTIMIZER_COLORS, OPTIMIZER_DASHES } from './optimizerStyles';
import styles from './adaptive.module.css';

const LR_FIELD = { sgd: 'sgdLr', adagrad: 'adagradLr', rmsprop: 'rmspropLr', adam: 'adamLr' } as const;
/** The first steps the bias-correction table lists. */
const FIRST = 5;

/** What a link, an embed page or an element attribute can set: the public interface. */
export const adaptiveRatesState = stateSpec('adaptive', schema);

export function AdaptiveRatesWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(adaptiveRatesState);
  const { kappa, steps, bias } = state;
  const input = useMemo(() => adaptiveRaceInput(state), [state]);
  const run = useComputation('optimizerRace', input);
  // The gradients behind α_eff need the κ a result was computed for. A result is the current
  // input's when the status is 'done', so that is when it is paired with κ; a result that lands
  // for an input already superseded (during a drag) waits for the newest one.
  const done = useRef<{ result: OptimizerRaceOutput; kappa: number } | null>(null);
  if (run.status === 'done' && run.result && done.current?.result !== run.result) done.current = { result: run.result, kappa };
  const result = done.current?.result;
  const resultKappa = done.current?.kappa ?? kappa;

  // Every run's effective rates, once per result.
  const summaries = useMemo<RunSummary[]>(() => {
    if (!result) return [];
    const surface = adaptiveSurface(resultKappa);
    return ADAPTIVE_OPTIMIZERS.map((name, i) => {
      const r = result.racers[i];
      const eff = effectiveSteps(surface, r.params);
      return { name, title: OPTIMIZER_TITLES[name], effX: eff.x, effY: eff.y, finalLoss: r.losses[r.steps], divergedAt: r.divergence?.step ?? null, reason: r.divergence?.reason ?? null };
    });
  }, [result, resultKappa]);
  const shown = summaries.filter((s) => state[s.name]);
  const range = useMemo(() => logRange(shown.flatMap((s) => [s.effX, s.effY])), [shown]);
  const paths = result ? shown.map((s) => ({ name: s.name, title: s.title, params: result.racers[ADAPTIVE_OPTIMIZERS.indexOf(s.name)].params, divergedAt: s.divergedAt })) : [];

  const adamIndex = ADAPTIVE_OPTIMIZERS.indexOf('adam');
  const withBias = result ? firstMoves(result.racers[bias ? adamIndex : OTHER_ADAM].params, FIRST) : null;
  const withoutBias = result ? firstMoves(result.racers[bias ? OTHER_ADAM : adamIndex].params, FIRST) : null;
  const sgd = summaries[0];
  const sgdDiverged = state.sgd && sgd?.divergedAt != null;

  return (
    <WidgetFrame
      id={adaptiveRatesState.id}
      title="Adaptive rates"
      intro="A bowl κ times steeper along y than along x: plain SGD must keep its rate small for the steep axis and then crawls along the flat one. The adaptive optimizers give each coordinate its own rate; the plots read those rates off their paths."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
      controls={
        <>
          <Slider {...sliderProps(schema.kappa)} value={kappa} onChange={(v) => set({ kappa: v })} hint={`Curvature 1 along x, ${fmt(kappa)} along y. SGD is stable below α = 2/κ = ${fmt(2 / kappa)}.`} />
          <Slider {...sliderProps(schema.steps)} value={steps} onChange={(v) => set({ steps: v })} />
        </>
      }
    >
      <fieldset className={styles.optimizers}>
        <legend className={styles.legend}>Optimizers and their learning rates</legend>
        {ADAPTIVE_OPTIMIZERS.map((name) => (
          <div key={name} className={styles.optimizer} style={{ borderLeftColor: OPTIMIZER_COLORS[name] }}>
            <Toggle field={schema[name]} label={OPTIMIZER_TITLES[name]} checked={state[name]} onChange={(v) => set({ [name]: v })} />
            {name === 'adadelta' ? (
              <p className={styles.note}>No learning rate: its step is the ratio of two running RMS values (the core’s α = 1).</p>
            ) : state[name] ? (
              <Slider {...sliderProps(schema[LR_FIELD[name]])} value={state[LR_FIELD[name]]} onChange={(v) => set({ [LR_FIELD[name]]: v })} />
            ) : null}
            {name === 'adam' ? <Toggle field={schema.bias} label={schema.bias.label} checked={bias} onChange={(v) => set({ bias: v })} /> : null}
          </div>
        ))}
      </fieldset>

      <div className={styles.results} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="adaptive-results">
        <DataTable
          caption={<>After {steps} steps from ({ADAPTIVE_START_TEXT}); effective step size at the last step, per axis</>}
          label="Table: optimizer, final loss, α_eff along x, α_eff along y"
        >
          <thead>
            <tr>
              <th scope="col">optimizer</th>
              <th scope="col">final loss</th>
              <th scope="col">α_eff along x</th>
              <th scope="col">α_eff along y</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.name}>
                <th scope="row"><TableName swatch={<LineSwatch color={OPTIMIZER_COLORS[s.name]} dash={OPTIMIZER_DASHES[s.name]} />}> {s.title}</TableName></th>
                <td><output className={styles.value} data-testid={`adaptive-final-${s.name}`}>{s.divergedAt !== null ? `diverged at step ${s.divergedAt}` : fmt(s.finalLoss)}</output></td>
                <td><output className={styles.value} data-testid={`adaptive-effx-${s.name}`}>{fmt(lastFinite(s.effX))}</output></td>
                <td><output className={styles.value} data-testid={`adaptive-effy-${s.name}`}>{fmt(lastFinite(s.effY))}</output></td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        {!result ? <p className={styles.note}>…</p> : null}
      </div>
      {sgdDiverged ? (
        <DivergenceAlert testId="adaptive-divergence">
          <p><strong>SGD diverged at step {sgd.divergedAt}</strong> ({sgd.reason}).</p>
          <p>{sgdDivergence(state.sgdLr, kappa)}</p>
        </DivergenceAlert>
      ) : null}
      {shown.filter((s) => s.name !== 'sgd' && s.divergedAt !== null).map((s) => (
        <DivergenceAlert key={s.name}>
          <p><strong>{s.title} diverged at step {s.divergedAt}</strong> ({s.reason}): its rate is too large for this bowl; move its α slider left.</p>
        </DivergenceAlert>
      ))}

      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption="Effective step size along x, the flat axis (curvature 1), log scale. Dotted: 1/λ, the step that lands on the minimum at once; dashed: 2/λ, beyond which a step overshoots. A gap is a step that went against the gradient (momentum carried it on, as Adam's does): its effective step size is negative, off a log scale, and the table shows its value." srDescription={describeRates('x, the flat axis', 1, shown, (r) => r.effX)}>
          <EffectiveRatePlot axisName="x" lambda={1} steps={steps} series={shown.map((s) => ({ name: s.name, title: s.title, values: s.effX }))} range={range} />
        </Figure>
        <Figure caption={`Effective step size along y, the steep axis (curvature ${fmt(kappa)}), same scale. An adaptive optimizer gives this axis a smaller rate than the flat one (how much smaller depends on the optimizer and the step); SGD’s is the same on both.`} srDescription={describeRates('y, the steep axis', kappa, shown, (r) => r.effY)}>
          <EffectiveRatePlot axisName="y" lambda={kappa} steps={steps} series={shown.map((s) => ({ name: s.name, title: s.title, values: s.effY }))} range={range} />
        </Figure>
      </div>

      <div className={`${layout.columns} ${styles.columns}`}>
        <div className={styles.biasBox}>
          <DataTable
            caption={
              <>
                Adam’s first {FIRST} steps, |Δx| and |Δy|, α = {fmt(state.adamLr)}: with bias correction each is about α; without, the first is {fmt(0.1 / Math.sqrt(0.001), 3)}·α = (1 − β₁)/√(1 − β₂)·α, because m and v start at 0.
              </>
            }
            label="Table: step, |Δx| and |Δy| with and without bias correction"
            data-testid="adaptive-bias-table"
          >
            <thead>
              <tr>
                <th scope="col">step</th>
                <th scope="col">with: |Δx|</th>
                <th scope="col">|Δy|</th>
                <th scope="col">without: |Δx|</th>
                <th scope="col">|Δy|</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: FIRST }, (_, t) => (
                <tr key={t}>
                  <th scope="row">{t + 1}</th>
                  {withBias && withoutBias ? (
                    <Fragment>
                      <td><output className={bias ? styles.value : styles.dim} data-testid={`adaptive-bias-on-x-${t + 1}`}>{fmt(withBias.x[t])}</output></td>
                      <td><output className={bias ? styles.value : styles.dim}>{fmt(withBias.y[t])}</output></td>
                      <td><output className={bias ? styles.dim : styles.value} data-testid={`adaptive-bias-off-x-${t + 1}`}>{fmt(withoutBias.x[t])}</output></td>
                      <td><output className={bias ? styles.dim : styles.value}>{fmt(withoutBias.y[t])}</output></td>
                    </Fragment>
                  ) : (
                    <td colSpan={4}>…</td>
                  )}
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p className={styles.note} data-testid="adaptive-bias-state">
            The plots show Adam {bias ? 'with' : 'without'} bias correction (bold column).
          </p>
        </div>
        <Figure caption="The paths on the bowl’s contours, from (−2.5, 1) toward the minimum (×)." srDescription={pathsDescription(shown, result ? result.racers : null)}>
          <AdaptivePathsPlot kappa={kappa} paths={paths} />
        </Figure>
      </div>
      <ComputeNotice state={run} what="the runs" />
    </WidgetFrame>
  );
}

const ADAPTIVE_START_TEXT = '−2.5, 1';

function pathsDescription(shown: readonly RunSummary[], racers: readonly { params: Float64Array; steps: number }[] | null): string {
  if (!racers) return 'Contours of the bowl; the paths are being computed.';
  if (shown.length === 0) return 'Contours of the bowl; no optimizer is selected.';
  const ends = shown.map((s) => {
    const r = racers[ADAPTIVE_OPTIMIZERS.indexOf(s.name as AdaptiveName)];
    return s.divergedAt !== null ? `${s.title} diverged at step ${s.divergedAt}` : `${s.title} ends at (${fmt(r.params[2 * r.steps])}, ${fmt(r.params[2 * r.steps + 1])}) with loss ${fmt(s.finalLoss)}`;
  });
  return `Contours of ½(x² + κy²) with the minimum at the origin; every path starts at (−2.5, 1). ${ends.join('; ')}.`;
}
