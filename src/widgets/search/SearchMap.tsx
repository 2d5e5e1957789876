/**
 * The validation loss over the searched box (log₁₀ α across, log₁₀ λ up), from MAP_SIDE²
 * trainings in the worker, on a canvas with a log colour scale (viridis: dark is low); the
 * region where training diverged hatched; the stability limit 2/λmax as a dashed line; and the
 * trials of each search on top.
 */
import { memo, type ReactNode, useId, useMemo } from 'react';
import { color, HeatmapCanvas, PlotClip, PlotFrame, usePlot } from '../kit';
import type { GridLike } from '../kit';
import { LOG_LAMBDA_BOX, LOG_LR_BOX, MAP_SIDE } from './searchModel';

/** The map's scores as a grid of log₁₀(loss); diverged cells are NaN (transparent). */
export function mapGrid(scores: ArrayLike<number>, side: number = MAP_SIDE): GridLike {
  const values = Float64Array.from({ length: side * side }, (_, i) => (Number.isFinite(scores[i]) ? Math.log10(scores[i]) : NaN));
  return { values, nx: side, ny: side, x: LOG_LR_BOX, y: LOG_LAMBDA_BOX };
}

/** Hatched rectangles over the diverged cells, one per run of neighbouring cells in a row. */
const DivergedLayer = memo(function DivergedLayer({ scores, side }: { scores: ArrayLike<number>; side: number }) {
  const plot = usePlot();
  const raw = useId();
  const id = `hatch${raw.replace(/[^A-Za-z0-9]/g, '')}`;
  const hx = (LOG_LR_BOX[1] - LOG_LR_BOX[0]) / (side - 1) / 2, hy = (LOG_LAMBDA_BOX[1] - LOG_LAMBDA_BOX[0]) / (side - 1) / 2;
  const at = (i: number, lo: number, hi: number) => lo + ((hi - lo) * i) / (side - 1);
  const rects: ReactNode[] = [];
  for (let j = 0; j < side; j++) {
    let i = 0;
    while (i < side) {
      if (Number.isFinite(scores[j * side + i])) { i++; continue; }
      const start = i;
      while (i < side && !Number.isFinite(scores[j * side + i])) i++;
      const x0 = plot.x(at(start, ...LOG_LR_BOX) - hx), x1 = plot.x(at(i - 1, ...LOG_LR_BOX) + hx);
      const y0 = plot.y(at(j, ...LOG_LAMBDA_BOX) + hy), y1 = plot.y(at(j, ...LOG_LAMBDA_BOX) - hy);
      rects.push(<rect key={`${j}-${start}`} x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill={`url(#${id})`} />);
    }
  }
  return (
    <PlotClip>
      <defs>
        <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={8} height={8} fill={color.surface} />
          <line x1={0} y1={0} x2={0} y2={8} stroke={color.danger} strokeWidth={2.5} />
        </pattern>
      </defs>
      <g data-testid="search-map-diverged" shapeRendering="crispEdges">{rects}</g>
    </PlotClip>
  );
});

/** A dashed vertical line at log₁₀ of the stability limit, labelled. */
function LimitLine({ logLr }: { logLr: number }) {
  const plot = usePlot();
  const px = plot.x(logLr);
  return (
    <g aria-hidden="true">
      <line x1={px} x2={px} y1={plot.inner.top} y2={plot.inner.top + plot.inner.height} stroke={color.fg} strokeDasharray="5 4" strokeWidth={1.5} />
      <text x={px - 4} y={plot.inner.top + 12} textAnchor="end" fontSize={11} fill={color.fg}>2/λmax</text>
    </g>
  );
}

export interface SearchMapProps {
  /** The map's scores (MAP_SIDE², Infinity: diverged), or null while they compute. */
  readonly scores: Float64Array | null;
  /** log₁₀ of the stability limit. */
  readonly limitLogLr: number;
  /** The trials' marks. */
  readonly children?: ReactNode;
}

export function SearchMap({ scores, limitLogLr, children }: SearchMapProps) {
  const grid = useMemo(() => (scores ? mapGrid(scores) : null), [scores]);
  return (
    <PlotFrame
      label="Validation loss over log₁₀ learning rate and log₁₀ λ"
      x={LOG_LR_BOX}
      y={LOG_LAMBDA_BOX}
      xLabel="log₁₀ learning rate α"
      yLabel="log₁₀ penalty λ"
      aspect={0.8}
      maxHeight={460}
      underlay={grid ? <HeatmapCanvas grid={grid} smooth={false} /> : null}
    >
      {scores ? <DivergedLayer scores={scores} side={MAP_SIDE} /> : null}
      <LimitLine logLr={limitLogLr} />
      {children}
    </PlotFrame>
  );
}
