/**
 * The bowl from above with every shown optimizer's path: contours of ½(x² + κy²) sampled once
 * per κ (81 × 81 values, well under a millisecond), each path in its optimizer's colour and
 * dash, the minimum at the origin as ×.
 */
import { useMemo } from 'react';
import { sampleGrid } from '../../core';
import { ContourPlot, Cross, PlotFrame, TrajectoryOverlay } from '../kit';
import { adaptiveSurface, type AdaptiveName } from './adaptiveModel';
import { OPTIMIZER_COLORS, OPTIMIZER_DASHES } from './optimizerStyles';

const X: [number, number] = [-3, 1];
const Y: [number, number] = [-1.5, 1.5];

export interface PathEntry {
  readonly name: AdaptiveName;
  readonly title: string;
  readonly params: Float64Array;
  readonly divergedAt: number | null;
}

export function AdaptivePathsPlot({ kappa, paths }: { kappa: number; paths: readonly PathEntry[] }) {
  const grid = useMemo(() => sampleGrid(adaptiveSurface(kappa), { x: X, y: Y, nx: 81, ny: 61 }), [kappa]);
  return (
    <PlotFrame label={`Contours of the bowl with condition number ${Math.round(kappa)} and each optimizer's path`} x={X} y={Y} xLabel="x (flat axis)" yLabel="y (steep axis)" aspect={0.75} maxHeight={360}>
      <ContourPlot grid={grid} levels={12} spacing="log" opacity={0.7} />
      {paths.map((p) => (
        <TrajectoryOverlay key={p.name} points={p.params} divergedAt={p.divergedAt} color={OPTIMIZER_COLORS[p.name]} dash={OPTIMIZER_DASHES[p.name]} label={`${p.title} path`} />
      ))}
      <Cross x={0} y={0} label="minimum" />
    </PlotFrame>
  );
}
