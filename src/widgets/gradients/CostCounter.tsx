/**
 * The cost counter: loss evaluations (and, under stated assumptions, time) for one gradient of
 * an N-weight network, numerically (N + 1 or 2N evaluations) versus by backpropagation (one
 * forward and one backward pass, a few evaluations' worth whatever N is).
 */
import { Button, Slider } from '../kit';
import type { NumberField } from '../state';
import { sliderProps } from '../kit';
import { CHAPTER1_NETWORK_WEIGHTS, COST_ASSUMPTIONS, evaluationsPerGradient, formatDuration, gradientCost, secondsPerEvaluation } from './costModel';
import styles from './gradients.module.css';
import type { DifferenceFormula } from './numericalGradient';
import { count as whole, fixed, sci } from '../kit';
import type { MeasuredCost } from './measureCost';

/** Training steps the last column counts: a short training run. */
export const TRAINING_STEPS = 10_000;

const PRESETS: readonly { n: number; label: string }[] = [
  { n: 9, label: 'this classifier' },
  { n: CHAPTER1_NETWORK_WEIGHTS, label: 'the 784–15–10 digit network' },
  { n: 1_000_000, label: 'a million' },
];

export interface CostCounterProps {
  field: NumberField;
  n: number;
  formula: DifferenceFormula;
  measured: MeasuredCost | null;
  /** Examples the measured evaluation averaged over. */
  examples: number;
  onChange: (n: number) => void;
}

export function CostCounter({ field, n, formula, measured, examples, onChange }: CostCounterProps) {
  // The table counts backpropagation as the book does (one forward plus one backward pass, 2
  // evaluations), so it never changes between reloads; the measurement below checks the count.
  const backprop = COST_ASSUMPTIONS.backpropEvaluations;
  const cost = gradientCost(n, formula, backprop);
  const rows: { key: string; name: string; evals: string; count: number; seconds: number; chosen: boolean }[] = [
    { key: 'forward', name: 'numerical, forward', evals: 'N + 1', count: evaluationsPerGradient(n, 'forward'), seconds: gradientCost(n, 'forward', backprop).numericalSeconds, chosen: formula === 'forward' },
    { key: 'centred', name: 'numerical, centred', evals: '2N', count: evaluationsPerGradient(n, 'centred'), seconds: gradientCost(n, 'centred', backprop).numericalSeconds, chosen: formula === 'centred' },
    { key: 'backprop', name: 'backpropagation', evals: '1 forward + 1 backward', count: backprop, seconds: cost.backpropSeconds, chosen: false },
  ];
  return (
    <div className={styles.cost}>
      <h4 className={styles.subhead}>What one gradient costs</h4>
      <div className={styles.costControls}>
        <Slider {...sliderProps(field)} value={n} onChange={onChange} format={(v) => whole(v)} />
        <div className={styles.presets} role="group" aria-label="Preset numbers of weights">
          {PRESETS.map((p) => (
            <Button key={p.n} small aria-pressed={n === p.n} onClick={() => onChange(p.n)}>
              {whole(p.n)} <span className={styles.presetNote}>{p.label}</span>
            </Button>
          ))}
        </div>
      </div>
      <div className={styles.tableScroll}>
        <table className={styles.table}>
          <caption className={styles.tableCaption}>
            One gradient of a network with N = {whole(n)} weights.
          </caption>
          <thead>
            <tr>
              <th scope="col">method</th>
              <th scope="col">loss evaluations</th>
              <th scope="col">time, one gradient</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.chosen ? styles.chosenRow : undefined}>
                <th scope="row">
                  {r.name}
                  <span className={styles.evalsFormula}> {r.evals}</span>
                </th>
                <td data-testid={`numgrad-evals-${r.key}`}>{whole(r.count)}</td>
                <td>{formatDuration(r.seconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.readout} aria-live="polite">
        The {formula} numerical gradient costs <output className={styles.value} data-testid="numgrad-ratio">{cost.ratio >= 100 ? whole(cost.ratio) : fixed(cost.ratio, 1)}</output> times as much as backpropagation, and the gap grows in proportion to N.
        {' '}A short training run of {whole(TRAINING_STEPS)} steps would take {formatDuration(cost.numericalSeconds * TRAINING_STEPS)} instead of {formatDuration(cost.backpropSeconds * TRAINING_STEPS)}.
      </p>
      <p className={styles.note}>
        Backpropagation counts as {whole(backprop)} evaluations, a forward and a backward pass.{' '}
        <span data-testid="numgrad-measured">
          {measured
            ? `Measured on this page for the 9-weight classifier on its ${examples} examples: a forward plus backward pass took ${fixed(measured.ratio, 1)} times as long as a forward pass alone (the median ratio of ${measured.rounds} rounds, the middle half of them ${fixed(measured.range[0], 1)}–${fixed(measured.range[1], 1)}; typical times ${fixed(measured.backpropUs, 1)} µs for both passes, ${fixed(measured.forwardUs, 1)} µs for the forward pass).`
            : 'Measuring that on this page…'}
        </span>{' '}
        The times are an estimate, not a measurement: they assume one evaluation does {COST_ASSUMPTIONS.flopsPerWeightPerExample} operations per weight for each of {COST_ASSUMPTIONS.examples} examples at {sci(COST_ASSUMPTIONS.flopsPerSecond)} operations a second (roughly one CPU core), so {formatDuration(secondsPerEvaluation(n))} per evaluation here. Only the ratios are exact.
      </p>
    </div>
  );
}
