/**
 * Chapter 3, "Numerical versus analytic gradient": the softmax classifier's 9 partial
 * derivatives by backpropagation and by finite differences with a step h the reader picks,
 * their relative errors, the error against h for both difference formulas on log–log axes
 * (truncation on the right, round-off on the left), and what a numerical gradient would cost
 * for a network of N weights. The math is in numericalGradient.ts and costModel.ts, which the
 * chapter's prose imports to print the same numbers.
 */
import { useMemo } from 'react';
import { layout, Figure, Select, Slider, WidgetFrame, sliderProps } from '../kit';
import { defineSchema, Share, stateSpec, useWidgetState } from '../state';
import { checkProblem } from './checkProblem';
import { CHAPTER1_NETWORK_WEIGHTS } from './costModel';
import { CostCounter } from './CostCounter';
import { ErrorPlot } from './ErrorPlot';
import styles from './gradients.module.css';
import { compareGradients, type DifferenceFormula, EPSILON, type ErrorCurves } from './numericalGradient';
import { PartialsTable } from './PartialsTable';
import { sci } from '../kit';
import { useErrorCurves } from './useErrorCurves';
import { useHydrated } from './useHydrated';
import { useMeasuredCost } from './useMeasuredCost';

const FORMULAS = ['forward', 'centred'] as const;

const schema = defineSchema({
  h: { kind: 'number', min: 1e-16, max: 1, default: 1e-4, log: true, label: 'Step h' },
  formula: { kind: 'enum', values: FORMULAS, default: 'forward', label: 'Formula' },
  n: { kind: 'number', min: 9, max: 1e7, default: CHAPTER1_NETWORK_WEIGHTS, log: true, integer: true, label: 'Number of weights N' },
});

const FORMULA_OPTIONS: readonly { value: DifferenceFormula; label: string }[] = [
  { value: 'forward', label: 'Forward (f(x+h) − f(x))/h' },
  { value: 'centred', label: 'Centred (f(x+h) − f(x−h))/2h' },
];

/** Positions of the h slider: ten per power of ten, so arrow keys step by 10^0.1. */
const H_POSITIONS = 160;

/** Correct significant digits a relative error leaves, roughly: −log₁₀(error). */
function digitsRight(error: number): number {
  return error <= 0 ? 16 : Math.max(0, Math.min(16, Math.floor(-Math.log10(error))));
}

/** What limits the estimate at this h: the side of the curve's minimum it is on. */
function regime(h: number, formula: DifferenceFormula, curves: ErrorCurves | null): string {
  const best = curves ? curves.best[formula].h : formula === 'forward' ? Math.sqrt(EPSILON) : Math.cbrt(EPSILON);
  const ratio = h / best;
  if (ratio > 3) {
    return formula === 'forward'
      ? 'Truncation error dominates: a secant over a step h has a slope that differs from the tangent’s by about h·L″/2. Make h smaller.'
      : 'Truncation error dominates, but only as h²·L‴/6: the centred secant cancels the h·L″/2 term. Make h smaller.';
  }
  if (ratio < 1 / 3) {
    return 'Round-off error dominates: L(w + h) and L(w) agree in most of their ~16 digits, and subtracting them leaves only the last, noisy ones, divided by a tiny h. Make h larger.';
  }
  return 'Near the best h for this formula: truncation and round-off errors are about equal.';
}

/** What a link, an embed page or an element attribute can set: the public interface. */
export const gradientCheckState = stateSpec('numgrad', schema);

export function GradientCheckWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(gradientCheckState);
  const { h, formula, n } = state;
  const problem = checkProblem();
  const hydrated = useHydrated();
  const comparison = useMemo(() => (hydrated ? compareGradients(problem, h, formula) : null), [hydrated, problem, h, formula]);
  const curves = useErrorCurves();
  const measured = useMeasuredCost(curves !== null);
  const worstText = comparison ? sci(comparison.worst) : '…';
  const other: DifferenceFormula = formula === 'forward' ? 'centred' : 'forward';

  const description = curves
    ? `Log–log plot of the worst relative error against h. Forward differences: the error falls with slope ${curves.truncationSlope.forward.toFixed(2)} as h shrinks from 10⁻² to 10⁻⁴, bottoms out at ${sci(curves.best.forward.error)} near h = ${sci(curves.best.forward.h)}, and rises again with slope about −1 below that. Centred differences: slope ${curves.truncationSlope.centred.toFixed(2)}, best ${sci(curves.best.centred.error)} near h = ${sci(curves.best.centred.h)}. At the current h = ${sci(h)} the ${formula} error is ${worstText}.`
    : `Log–log plot of the worst relative error against h, being computed. At the current h = ${sci(h)} the ${formula} error is ${worstText}.`;

  return (
    <WidgetFrame
      id={gradientCheckState.id}
      title="Numerical versus analytic gradient"
      intro="The softmax classifier’s loss on the three blobs, at fixed weights: its gradient by backpropagation, and estimated from loss values alone. Drag the step h across its whole range."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controlsRow}>
        <Slider {...sliderProps(schema.h)} positions={H_POSITIONS} value={h} format={(v) => sci(v)} onChange={(v) => set({ h: v })} />
        <Select field={schema.formula} label={schema.formula.label} value={formula} options={FORMULA_OPTIONS} onChange={(v) => set({ formula: v })} />
      </div>
      <p className={styles.readout} aria-live="polite">
        Worst relative error |a − n| / max(|a|, |n|) at h = {sci(h)}:{' '}
        <output className={styles.value} data-testid="numgrad-worst">{worstText}</output>{' '}
        {comparison ? (
          <span className={styles.note}>
            (at {problem.names[comparison.worstIndex]}; about {digitsRight(comparison.worst)} correct digits)
          </span>
        ) : null}
      </p>
      <p className={styles.regime} data-testid="numgrad-regime">{regime(h, formula, curves)}</p>
      <div className={`${layout.columns} ${styles.columns}`}>
        <PartialsTable names={problem.names} comparison={comparison} />
        <Figure
          caption={
            curves ? (
              <>
                Best h: forward {sci(curves.best.forward.h)} (√ε = {sci(Math.sqrt(EPSILON))}), centred {sci(curves.best.centred.h)} (∛ε = {sci(Math.cbrt(EPSILON))}), where ε = 2⁻⁵² ≈ {sci(EPSILON)} is the spacing of double-precision numbers near 1. Switch to {other} to compare.
              </>
            ) : (
              'Computing the error of both formulas at 129 steps from 10⁻¹⁶ to 1…'
            )
          }
          srDescription={description}
        >
          <ErrorPlot curves={curves} h={h} formula={formula} current={comparison?.worst ?? null} />
        </Figure>
      </div>
      <CostCounter field={schema.n} n={n} formula={formula} measured={measured} examples={problem.examples} onChange={(v) => set({ n: v })} />
    </WidgetFrame>
  );
}
