/**
 * Loss against step: a PlotFrame, the curve, an optional marker at the current playback step,
 * and, if the run diverged, a dashed line at that step with a sentence saying so (a curve that
 * simply stops would look like a bug).
 */
import { useMemo } from 'react';
import type { Interval } from '../../state/schema';
import { formatValue } from '../format';
import { color as theme } from '../theme';
import { LinePlot } from './LinePlot';
import styles from './LossCurve.module.css';
import { PlotFrame } from './PlotFrame';
import { usePlot } from './plotContext';

export interface LossCurveProps {
  /** losses[t] = loss after t steps (the core's Trajectory.losses). */
  losses: ArrayLike<number>;
  /** Logarithmic loss axis (default false). */
  logY?: boolean;
  /** Where and why the run diverged (the core's Trajectory.divergence). */
  divergence?: { step: number; reason?: string } | null;
  /** Highlight this step (playback position). */
  currentStep?: number;
  /** Accessible name of the plot (default "Loss per step"). */
  label?: string;
  xLabel?: string;
  yLabel?: string;
  /** Plot height in pixels (default 220). */
  height?: number;
  /** Curve colour (default: accent). */
  color?: string;
}

/** A y range for the finite (and, on a log axis, positive) losses, padded if flat. */
export function lossDomain(losses: ArrayLike<number>, logY: boolean): Interval {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < losses.length; i++) {
    const v = losses[i];
    if (Number.isFinite(v) && (!logY || v > 0)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) return logY ? [1e-3, 1] : [0, 1];
  if (logY) return lo === hi ? [lo / 10, hi * 10] : [lo, hi];
  if (lo === hi) return [lo - 1, hi + 1];
  // Losses are usually ≥ 0: start the axis at 0 when that costs less than half the height.
  return lo >= 0 && lo < hi - lo ? [0, hi] : [lo, hi];
}

/** "Diverged at step 24: loss 1.42e+9 exceeded 1e+8 × the starting loss." */
export function divergenceNote({ step, reason }: { step: number; reason?: string }): string {
  return `Diverged at step ${formatValue(step, { integer: true })}${reason ? `: ${reason}` : ''}.`;
}

function StepMarker({ step, value, divergence }: { step: number; value: number | null; divergence: boolean }) {
  const { x, y, inner } = usePlot();
  const px = x(step);
  if (divergence) {
    return <line x1={px} x2={px} y1={inner.top} y2={inner.top + inner.height} style={{ stroke: theme.danger }} strokeDasharray="4 3" strokeWidth={1.5} />;
  }
  const py = value === null ? NaN : y(value);
  return Number.isFinite(py) ? <circle cx={px} cy={py} r={4} style={{ fill: theme.accent, stroke: theme.bg }} strokeWidth={1.5} /> : null;
}

export function LossCurve({ losses, logY = false, divergence = null, currentStep, label = 'Loss per step', xLabel = 'step', yLabel = 'loss', height = 220, color }: LossCurveProps) {
  const steps = useMemo(() => Float64Array.from({ length: losses.length }, (_, i) => i), [losses.length]);
  const yDomain = lossDomain(losses, logY);
  const last = Math.max(1, losses.length - 1);
  const current = currentStep !== undefined && currentStep >= 0 && currentStep < losses.length ? currentStep : null;

  return (
    <div className={styles.lossCurve}>
      <PlotFrame label={label} x={[0, last]} y={yDomain} yScale={logY ? 'log' : 'linear'} xLabel={xLabel} yLabel={yLabel} height={height} xInteger>
        <LinePlot x={steps} y={losses} color={color} />
        {divergence && divergence.step <= last && <StepMarker step={divergence.step} value={null} divergence />}
        {current !== null && <StepMarker step={current} value={losses[current]} divergence={false} />}
      </PlotFrame>
      {divergence && <p className={styles.note}>{divergenceNote(divergence)}</p>}
    </div>
  );
}
