/**
 * The (m, b) paths on the MSE's contour map: the mini-batch run bold, full-batch gradient
 * descent from the same start faint for reference, the least-squares solution as ×.
 */
import { color, ContourPlot, Cross, PlotFrame } from '../kit';
import type { LinregGridOutput } from '../../worker/tasks/linregGrid';
import type { BatchPath } from '../../worker/tasks/batchPaths';
import { PathLayer } from './PathLayer';
import { contourGridOf } from '../linreg/contourGrid';
import { drawnSteps } from './pathWindow';
import { BATCH_B_RANGE, BATCH_M_RANGE } from './setup';

/** The reference path: light on every contour colour, in both themes (the map's colours do not change). */
const REFERENCE_COLOR = 'var(--dw-path-reference, #f4f4f0)';

/** Steps of a path worth drawing (see pathWindow.ts). */
export const visible = (p: BatchPath): number => drawnSteps(p.params, p.steps, p.divergence !== null, BATCH_M_RANGE, BATCH_B_RANGE);

export interface PathPlotProps {
  grid: LinregGridOutput | undefined;
  path: BatchPath | undefined;
  reference: BatchPath | null | undefined;
  best: { m: number; b: number } | undefined;
}

export function PathPlot({ grid, path, reference, best }: PathPlotProps) {
  return (
    <PlotFrame label="Paths of (m, b) on the MSE contour map" x={BATCH_M_RANGE} y={BATCH_B_RANGE} xLabel="slope m" yLabel="intercept b" aspect={0.9} maxHeight={460}>
      {grid ? <ContourPlot grid={contourGridOf(grid)} levels={14} spacing="log" label="MSE contours" /> : null}
      {reference ? (
        <g data-testid="batch-reference-path">
          <PathLayer points={reference.params} upTo={visible(reference)} stroke={REFERENCE_COLOR} divergedAt={reference.divergence?.step ?? null} label={`Full-batch gradient descent, ${reference.steps} steps`} />
        </g>
      ) : null}
      {path ? (
        <g data-testid="batch-path">
          <PathLayer points={path.params} upTo={visible(path)} stroke={color.accent2} divergedAt={path.divergence?.step ?? null} label={`Mini-batch path, batch size ${path.batchSize}, ${path.steps} steps`} />
        </g>
      ) : null}
      {best ? <Cross x={best.m} y={best.b} label="least-squares solution" /> : null}
    </PlotFrame>
  );
}
