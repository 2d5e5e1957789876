/**
 * The price of Newton's method on a network of N weights, next to L-BFGS's: the Hessian's
 * entries and memory, one solve's floating-point operations and time, against the memory of
 * the gradient and of L-BFGS's m vector pairs. The slider's N is rounded to two significant
 * digits (1,000,000, not 1,009,911): a size to think about, not a measurement (sliderWeights).
 */
import { Slider } from '../kit';
import type { Field } from '../state/schema';
import { formatNumber } from '../descent/numberText';
import { FLOPS_PER_SECOND, formatBytes, formatDuration, hessianCost, sliderWeights } from './hessianCost';
import styles from './secondOrder.module.css';

export interface HessianCalculatorProps {
  readonly weights: number;
  readonly history: number;
  readonly range: readonly [number, number];
  readonly onWeights: (n: number) => void;
  /** The schema field the slider drives: a teacher may hide or lock it. */
  readonly field?: Field;
}

export function HessianCalculator({ weights, history, range, onWeights, field }: HessianCalculatorProps) {
  const c = hessianCost(weights, history);
  return (
    <section className={styles.calculator} aria-label="The cost of a Hessian">
      <Slider field={field} label="Weights N" value={weights} min={range[0]} max={range[1]} log integer format={(n) => Math.round(n).toLocaleString('en-US')} onChange={(n) => onWeights(sliderWeights(weights, n, range[0], range[1]))} />
      <dl className={styles.costs} data-testid="newton-costs">
        <dt>Hessian entries (N²)</dt>
        <dd>{formatNumber(c.hessianEntries)}</dd>
        <dt>Hessian memory (8 bytes each)</dt>
        <dd data-testid="newton-hessian-bytes">{formatBytes(c.hessianBytes)}</dd>
        <dt>One Newton solve (⅔N³ operations)</dt>
        <dd data-testid="newton-solve-time">
          {formatNumber(c.solveFlops)} operations, {formatDuration(c.solveSeconds)} at {formatNumber(FLOPS_PER_SECOND)} a second
        </dd>
        <dt>The gradient (N numbers)</dt>
        <dd>{formatBytes(c.gradientBytes)}</dd>
        <dt>L-BFGS with m = {history} (2mN numbers)</dt>
        <dd data-testid="newton-lbfgs-bytes">{formatBytes(c.lbfgsBytes)}</dd>
      </dl>
    </section>
  );
}
