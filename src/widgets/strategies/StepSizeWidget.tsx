/**
 * Widget "How far to step" (chapter 3): one gradient at one random starting point, and the
 * training loss after stepping W₀ − s·∇L for step sizes s across twelve decades. Tiny steps
 * change the loss by what the gradient promises, which is almost nothing; long ones overshoot.
 * The math is stepSizeTable.ts (microseconds: the main thread is fine), which the chapter also
 * imports to print the same table.
 */
import { useMemo } from 'react';
import { Figure, Select, WidgetFrame } from '../kit';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { LOSS_OPTIONS } from './lossOptions';
import { typographicMinus } from '../kit';
import { SeedButton } from './SeedButton';
import { PowerOfTen } from './Scientific';
import { stepSchema } from './setup';
import { StepSizeChart } from './StepSizeChart';
import { type StepTable, stepSizeTable } from './stepSizeTable';
import { StepTableView } from './StepTableView';
import styles from './strategies.module.css';

/** A step size in words a screen reader says well: "0.001", "100", "10 to the power −7". */
function spokenStep(exponent: number): string {
  if (exponent >= -3 && exponent <= 4) return String(10 ** exponent);
  return `10 to the power ${typographicMinus(String(exponent))}`;
}

/** What the chart shows, in numbers, for screen readers. */
export function describeSteps(t: StepTable): string {
  const best = t.rows[t.best];
  const last = t.rows[t.rows.length - 1];
  const firstOrder = t.rows.filter((r) => Math.abs(r.ratio - 1) < 0.01);
  const upTo = firstOrder.length > 0 ? firstOrder[firstOrder.length - 1] : null;
  return (
    `Starting loss ${t.startLoss.toFixed(4)}. ` +
    (upTo ? `Up to s = ${spokenStep(upTo.exponent)} the loss changes by the first-order prediction to within 1%. ` : '') +
    `The lowest loss, ${best.loss.toFixed(4)}, is at s = ${spokenStep(best.exponent)}. ` +
    `At s = ${spokenStep(last.exponent)} the loss is ${last.loss.toFixed(4)}` +
    (last.loss > t.startLoss ? ', above where it started.' : '.')
  );
}

/** What a link, an embed page or an element attribute can set: the public interface. */
export const stepSizeState = stateSpec('stepsize', stepSchema);

export function StepSizeWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(stepSizeState);
  const table = useMemo(() => stepSizeTable(state.loss, state.seed), [state.loss, state.seed]);
  const best = table.rows[table.best];
  const departure = table.rows.find((r) => !(r.ratio > 0.95));
  const overshoot = table.rows.find((r) => r.change > 0);

  return (
    <WidgetFrame
      id={stepSizeState.id}
      title="How far to step"
      intro="One gradient, computed once at random starting weights W₀, and the training loss after stepping W₀ − s·∇L for step sizes s from 10⁻¹⁰ to 10²."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controls}>
        <Select field={stepSchema.loss} label="Loss" value={state.loss} options={LOSS_OPTIONS} onChange={(v) => set({ loss: v })} />
        <SeedButton seed={state.seed} label="New starting weights" onNext={() => set({ seed: nextSeed(state.seed) })} />
      </div>
      <p className={styles.readout} aria-live="polite">
        L(W₀) = <output className={styles.value} data-testid="stepsize-start">{table.startLoss.toFixed(4)}</output>,{' '}
        ‖∇L(W₀)‖² = <output className={styles.value}>{table.gradNormSq.toFixed(4)}</output>. Best step s = <PowerOfTen exponent={best.exponent} />,
        loss <output className={styles.value} data-testid="stepsize-best">{best.loss.toFixed(4)}</output>.
      </p>
      <Figure
        caption={
          <>
            Solid: the change in training loss after one step of size s. Dashed: the first-order prediction −s‖∇L‖², what the
            gradient promises. Short steps get exactly the promise, which is almost nothing.
            {departure ? (
              <>
                {' '}From s = <PowerOfTen exponent={departure.exponent} /> on, the loss gets less than 95% of it: the step is
                long enough for the loss to bend{state.loss === 'svm' ? ' (here, to cross kinks of the hinge)' : ''}.
              </>
            ) : null}
            {overshoot ? (
              <>
                {' '}At s = <PowerOfTen exponent={overshoot.exponent} /> the step overshoots: the loss ends higher than it started.
              </>
            ) : null}
          </>
        }
        srDescription={describeSteps(table)}
      >
        <StepSizeChart table={table} />
      </Figure>
      <div className={styles.tableWrap}>
        <StepTableView table={table} />
      </div>
    </WidgetFrame>
  );
}
