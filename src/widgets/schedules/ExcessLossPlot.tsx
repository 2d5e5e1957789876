/**
 * The full-data MSE above its least-squares floor, against the step, on a log axis: both runs
 * fall together at first; then the constant rate's curve stops falling and jitters at the
 * height its noise keeps it at, while a decaying rate keeps going down.
 */
import { useMemo } from 'react';
import { color, LinePlot, PlotFrame } from '../kit';
import type { RacerResult } from '../../worker/tasks/optimizerRace';

/** losses − minimum, with anything at or below 1e-12 lifted there so a log axis can show it. */
export function excess(losses: Float64Array, minimum: number): Float64Array {
  return losses.map((l) => Math.max(1e-12, l - minimum));
}

export interface ExcessLossPlotProps {
  scheduled: RacerResult | undefined;
  constant: RacerResult | undefined;
  minimum: number | null;
  steps: number;
  kindLabel: string;
}

export function ExcessLossPlot({ scheduled, constant, minimum, steps, kindLabel }: ExcessLossPlotProps) {
  const base = minimum ?? 0;
  const t = useMemo(() => Float64Array.from({ length: steps + 1 }, (_, i) => i), [steps]);
  const ys = useMemo(() => (scheduled ? excess(scheduled.losses, base) : null), [scheduled, base]);
  const yc = useMemo(() => (constant ? excess(constant.losses, base) : null), [constant, base]);
  const top = constant ? Math.max(1, (constant.losses[0] - base) * 2) : 100;
  return (
    <PlotFrame label="Full-data MSE above its minimum, against step" x={[0, steps]} y={[1e-6, top]} yScale="log" xLabel="step t" yLabel="MSE − least-squares MSE" aspect={0.6} maxHeight={260} xInteger>
      {constant ? <LinePlot x={t.subarray(0, constant.losses.length)} y={yc ?? constant.losses} color={color.muted} strokeWidth={1.25} label="constant rate" /> : null}
      {scheduled ? <LinePlot x={t.subarray(0, scheduled.losses.length)} y={ys ?? scheduled.losses} color={color.accent2} strokeWidth={1.5} label={kindLabel} /> : null}
    </PlotFrame>
  );
}
