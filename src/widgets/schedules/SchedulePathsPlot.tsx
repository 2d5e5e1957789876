/**
 * Both runs over the full-data MSE's contours: the constant rate in light grey, the schedule
 * in orange, least squares as ×. The batch-size widget's PathLayer draws each (a thin line for
 * long runs, the start hollow, the end filled, a warning marker where a run diverged).
 */
import { color, ContourPlot, Cross, PlotFrame } from '../kit';
import type { LinregGridOutput } from '../../worker/tasks/linregGrid';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { PathLayer } from '../batch/PathLayer';
import { drawnSteps } from '../batch/pathWindow';
import { contourGridOf } from '../linreg/contourGrid';
import { SCHEDULES_B_RANGE, SCHEDULES_M_RANGE } from './scheduleModel';

/** The constant run's colour: light on every contour colour, in both themes. */
export const CONSTANT_COLOR = 'var(--dw-path-reference, #f4f4f0)';

const visible = (r: RacerResult): number => drawnSteps(r.params, r.steps, r.divergence !== null, SCHEDULES_M_RANGE, SCHEDULES_B_RANGE);

export interface SchedulePathsPlotProps {
  grid: LinregGridOutput | undefined;
  scheduled: RacerResult | undefined;
  constant: RacerResult | undefined;
  kindLabel: string;
}

export function SchedulePathsPlot({ grid, scheduled, constant, kindLabel }: SchedulePathsPlotProps) {
  const best = grid?.leastSquares;
  return (
    <PlotFrame label="Paths of (m, b) on the full-data MSE contour map" x={SCHEDULES_M_RANGE} y={SCHEDULES_B_RANGE} xLabel="slope m" yLabel="intercept b" aspect={0.9} maxHeight={420}>
      {grid ? <ContourPlot grid={contourGridOf(grid)} levels={14} spacing="log" label="MSE contours" /> : null}
      {constant ? (
        <g data-testid="schedules-constant-path">
          <PathLayer points={constant.params} upTo={visible(constant)} stroke={CONSTANT_COLOR} divergedAt={constant.divergence?.step ?? null} label={`Constant rate, ${constant.steps} steps`} />
        </g>
      ) : null}
      {scheduled ? (
        <g data-testid="schedules-scheduled-path">
          <PathLayer points={scheduled.params} upTo={visible(scheduled)} stroke={color.accent2} divergedAt={scheduled.divergence?.step ?? null} label={`${kindLabel} schedule, ${scheduled.steps} steps`} />
        </g>
      ) : null}
      {best ? <Cross x={best.m} y={best.b} label="least-squares solution" /> : null}
    </PlotFrame>
  );
}
