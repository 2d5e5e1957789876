/**
 * Early stopping: the training and validation error of the same polynomial trained by Adam,
 * epoch by epoch (log axes), with the epoch of the lowest validation error marked.
 */
import { memo } from 'react';
import { color, LinePlot, PlotFrame } from '../kit';
import type { EarlyStoppingOutput } from '../../worker/tasks/earlyStopping';
import { MarkerLine } from './MarkerLine';
import { EARLY_STOPPING_EPOCHS, ERROR_CEILING } from './overfitModel';

const FLOOR = 1e-4;

export const EpochPlot = memo(function EpochPlot({ run }: { run: EarlyStoppingOutput | undefined }) {
  // Epoch 0 has no place on a log axis; the curves start at epoch 1.
  const from = run ? run.epochs.findIndex((e) => e >= 1) : -1;
  const clamp = (a: Float64Array) => a.subarray(from).map((e) => Math.min(ERROR_CEILING, Math.max(FLOOR, e)));
  return (
    <PlotFrame label="Training and validation error during training, by epoch" x={[1, EARLY_STOPPING_EPOCHS]} xScale="log" y={[FLOOR, ERROR_CEILING]} yScale="log" xLabel="epoch" yLabel="mean squared error" aspect={0.75}>
      {run && from >= 0 ? (
        <>
          <LinePlot x={run.epochs.subarray(from)} y={clamp(run.train)} color={color.accent} label="training error by epoch" />
          <LinePlot x={run.epochs.subarray(from)} y={clamp(run.validation)} color={color.accent2} label="validation error by epoch" />
          {run.best.epoch >= 1 ? <MarkerLine x={run.best.epoch} label={`stop at ${run.best.epoch.toLocaleString('en-US')}`} dashed /> : null}
        </>
      ) : null}
    </PlotFrame>
  );
});
