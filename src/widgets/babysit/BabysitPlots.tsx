/**
 * The three pictures of "Babysitting a run": loss (log scale), accuracy, and the update-to-weight
 * ratio per layer (log scale) over a shaded healthy band. Each draws only from the run record.
 */
import { memo, useMemo } from 'react';
import { color, LinePlot, PlotClip, PlotFrame, usePlot } from '../kit';
import { BABYSIT_LAYERS } from '../../worker/tasks/babysit';
import { HEALTHY_BAND, type RunRecord } from './babysitModel';

const LOSS_FLOOR = 1e-3, LOSS_CEILING = 10;
const RATIO_FLOOR = 1e-8, RATIO_CEILING = 1;

/** Clamps into [lo, hi] for a log axis; non-finite values stay (LinePlot breaks the line there). */
const clampTo = (xs: ArrayLike<number>, lo: number, hi: number): Float64Array => Float64Array.from(xs, (v) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : v));

/** Line colours: training in the accent, validation in the second accent (dashed). */
export const SERIES_COLORS = { train: color.accent, validation: color.accent2, step: color.muted } as const;
export const LAYER_STYLES: Readonly<Record<(typeof BABYSIT_LAYERS)[number], { color: string; dash?: string }>> = {
  W1: { color: color.accent },
  W2: { color: color.accent2, dash: '6 4' },
  W3: { color: color.fg },
};

function Band({ lo, hi, label }: { lo: number; hi: number; label: string }) {
  const { x, y, xDomain } = usePlot();
  const top = y(hi), bottom = y(lo), left = x(xDomain[0]), right = x(xDomain[1]);
  return (
    <PlotClip>
      <rect x={left} y={top} width={right - left} height={bottom - top} style={{ fill: color.surface, stroke: color.border }} strokeDasharray="3 3" aria-hidden="true" />
      <text x={right - 6} y={top + 14} textAnchor="end" fontSize={12} style={{ fill: color.muted }} aria-hidden="true">{label}</text>
    </PlotClip>
  );
}

export const LossPlot = memo(function LossPlot({ run, cap }: { run: RunRecord | null; cap: number }) {
  const series = useMemo(() => {
    if (!run) return null;
    const stepX = Float64Array.from(run.stepLoss, (_, i) => i + 1);
    return {
      stepX,
      step: clampTo(run.stepLoss, LOSS_FLOOR, LOSS_CEILING),
      chunkX: run.columns.step,
      train: clampTo(run.columns.trainLoss, LOSS_FLOOR, LOSS_CEILING),
      validation: clampTo(run.columns.validationLoss, LOSS_FLOOR, LOSS_CEILING),
    };
  }, [run]);
  return (
    <PlotFrame label="Loss against the step" x={[0, cap]} y={[LOSS_FLOOR, LOSS_CEILING]} yScale="log" xLabel="step" yLabel="cross-entropy" aspect={0.62} xInteger>
      {series ? (
        <>
          <LinePlot x={series.stepX} y={series.step} color={SERIES_COLORS.step} strokeWidth={0.75} />
          <LinePlot x={series.chunkX} y={series.train} color={SERIES_COLORS.train} label="training loss" />
          <LinePlot x={series.chunkX} y={series.validation} color={SERIES_COLORS.validation} dashed label="validation loss" />
        </>
      ) : null}
    </PlotFrame>
  );
});

export const AccuracyPlot = memo(function AccuracyPlot({ run, cap }: { run: RunRecord | null; cap: number }) {
  return (
    <PlotFrame label="Accuracy against the step" x={[0, cap]} y={[0, 1]} xLabel="step" yLabel="accuracy" aspect={0.62} xInteger>
      {run ? (
        <>
          <LinePlot x={run.columns.step} y={run.columns.trainAccuracy} color={SERIES_COLORS.train} label="training accuracy" />
          <LinePlot x={run.columns.step} y={run.columns.validationAccuracy} color={SERIES_COLORS.validation} dashed label="validation accuracy" />
        </>
      ) : null}
    </PlotFrame>
  );
});

export const RatioPlot = memo(function RatioPlot({ run, cap }: { run: RunRecord | null; cap: number }) {
  return (
    <PlotFrame label="Update-to-weight ratio against the step" x={[0, cap]} y={[RATIO_FLOOR, RATIO_CEILING]} yScale="log" xLabel="step" yLabel="‖ΔW‖ / ‖W‖" aspect={0.62} xInteger>
      <Band lo={HEALTHY_BAND[0]} hi={HEALTHY_BAND[1]} label="healthy" />
      {run
        ? BABYSIT_LAYERS.map((l) => (
          <LinePlot key={l} x={run.columns.step} y={clampTo(run.columns[`ratio${l}`], RATIO_FLOOR, RATIO_CEILING)} color={LAYER_STYLES[l].color} dashed={LAYER_STYLES[l].dash !== undefined} strokeWidth={1.75} label={`ratio of ${l}`} />
        ))
        : null}
    </PlotFrame>
  );
});
