/**
 * Loss against step for every racer. With a known minimum the plot shows loss − minimum on a
 * log axis (how far from the bottom, in orders of magnitude; an exact 0 is drawn at 10⁻¹⁶);
 * on the saddle, which has no minimum, the loss itself on a linear axis. The series are built
 * once per race; the timeline only moves the vertical line.
 */
import { memo, useMemo } from 'react';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { color, LinesCanvas, PlotFrame, usePlot } from '../kit';
import type { RacerName } from './raceSchema';
import { racerLines } from './racerStyles';

export const LOSS_FLOOR = 1e-16;

export interface LossSeries {
  readonly xy: Float64Array;
}

/** (step, loss − minimum) pairs, floored for the log axis; or (step, loss) without a minimum. */
export function lossSeries(r: RacerResult, minimum: number | null): Float64Array {
  const n = r.losses.length, xy = new Float64Array(2 * n);
  for (let t = 0; t < n; t++) {
    xy[2 * t] = t;
    const v = r.losses[t];
    xy[2 * t + 1] = minimum === null ? v : Number.isFinite(v) ? Math.max(LOSS_FLOOR, v - minimum) : NaN;
  }
  return xy;
}

function yRange(series: readonly Float64Array[], log: boolean): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const xy of series) {
    for (let i = 1; i < xy.length; i += 2) {
      const v = xy[i];
      if (!Number.isFinite(v) || Math.abs(v) > 1e12) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) return log ? [1e-6, 1] : [0, 1];
  if (log) {
    const a = Math.max(LOSS_FLOOR, lo), b = Math.max(a * 10, hi);
    return [10 ** Math.floor(Math.log10(a)), 10 ** Math.ceil(Math.log10(b))];
  }
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

function StepLine({ step }: { step: number }) {
  const { x, inner } = usePlot();
  const px = x(step);
  return <line x1={px} x2={px} y1={inner.top} y2={inner.top + inner.height} style={{ stroke: color.muted }} strokeWidth={1.5} strokeDasharray="3 3" aria-hidden="true" />;
}

export interface RaceLossProps {
  names: readonly RacerName[];
  racers: readonly RacerResult[] | null;
  minimum: number | null;
  steps: number;
  step: number;
}

export const RaceLoss = memo(function RaceLoss({ names, racers, minimum, steps, step }: RaceLossProps) {
  const series = useMemo(() => (racers && racers.length === names.length ? racers.map((r) => lossSeries(r, minimum)) : []), [racers, names, minimum]);
  const log = minimum !== null;
  const [lo, hi] = useMemo(() => yRange(series, log), [series, log]);
  const curves = useMemo(() => (series.length === names.length ? racerLines(names, series) : []), [names, series]);
  return (
    <PlotFrame
      label={log ? 'Loss above the minimum against step, log scale' : 'Loss against step'}
      x={[0, steps]}
      y={[lo, hi]}
      yScale={log ? 'log' : 'linear'}
      xLabel="step"
      yLabel={log ? 'loss − minimum' : 'loss'}
      height={220}
      xInteger
      underlay={<LinesCanvas lines={curves} width={1.75} testId="race-loss-curves" />}
    >
      <StepLine step={step} />
    </PlotFrame>
  );
});
