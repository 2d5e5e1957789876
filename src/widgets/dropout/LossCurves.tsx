/**
 * Training (solid) and validation (dashed) loss of one or two runs against the step, on a log
 * axis: the gap between a run's two curves is its overfitting.
 */
import { memo } from 'react';
import { LinePlot, PlotFrame } from '../kit';
import type { ClassifierRun } from '../../worker/tasks/classifierRuns';
import { TRAINING_STEPS } from './dropoutModel';

export interface CurveRun {
  readonly run: ClassifierRun;
  readonly color: string;
  readonly name: string;
}

const FLOOR = 1e-5, CEILING = 10;
const clamp = (a: Float64Array) => a.map((v) => Math.min(CEILING, Math.max(FLOOR, v)));

export const LossCurves = memo(function LossCurves({ runs }: { runs: readonly CurveRun[] }) {
  return (
    <PlotFrame label="Training and validation loss against the step" x={[0, TRAINING_STEPS]} y={[FLOOR, CEILING]} yScale="log" xLabel="step" yLabel="cross-entropy" aspect={0.7}>
      {runs.map(({ run, color, name }) => (
        <g key={name}>
          <LinePlot x={run.curveSteps} y={clamp(run.trainCurve)} color={color} label={`${name}: training loss`} />
          <LinePlot x={run.curveSteps} y={clamp(run.validationCurve)} color={color} dashed label={`${name}: validation loss`} />
        </g>
      ))}
    </PlotFrame>
  );
});
