/**
 * A classifier's decision over the plane: P(class 1) as a blue-to-orange image on a canvas,
 * the 0.5 contour as the boundary, and the training points on top (blue class 0, orange
 * class 1). Memoized: the image depends only on the run's grid.
 */
import { memo, useMemo } from 'react';
import type { Dataset } from '../../core';
import { ContourPlot, HeatmapCanvas, PlotFrame, ScatterPlot } from '../kit';
import { boundaryGrid } from './dropoutModel';

/** Light tints of the two class colours, through white: what the canvas paints. */
const classTint = (t: number): string => {
  const a = [120, 160, 235], b = [240, 170, 100], w = [246, 246, 246];
  const mix = (from: number[], s: number) => from.map((c, i) => Math.round(c + (w[i] - c) * s));
  const [r, g, bl] = t < 0.5 ? mix(a, t * 2) : mix(b, (1 - t) * 2);
  return `rgb(${r}, ${g}, ${bl})`;
};

/** The boundary's ink: dark on the light tints in either theme. */
const boundaryInk = (): string => '#1a1a1a';

export interface BoundaryPlotProps {
  readonly label: string;
  readonly probability: Float64Array | undefined;
  readonly points: Dataset;
  /** The square the grid covers (classifierRuns' CLASSIFIER_EXTENTS). */
  readonly extent: readonly [number, number];
}

export const BoundaryPlot = memo(function BoundaryPlot({ label, probability, points, extent }: BoundaryPlotProps) {
  const grid = useMemo(() => (probability ? boundaryGrid(probability, extent) : null), [probability, extent]);
  return (
    <PlotFrame
      label={label}
      x={extent}
      y={extent}
      xLabel="x₁"
      yLabel="x₂"
      aspect={1}
      underlay={grid ? <HeatmapCanvas grid={grid} domain={[0, 1]} interpolator={classTint} opacity={0.75} /> : undefined}
    >
      {grid ? <ContourPlot grid={grid} levels={[0.5]} filled={false} interpolator={boundaryInk} opacity={1} label="decision boundary" /> : null}
      <ScatterPlot x={points.x.filter((_, i) => i % 2 === 0)} y={points.x.filter((_, i) => i % 2 === 1)} group={points.y} radius={3.5} label="training points" />
    </PlotFrame>
  );
});
