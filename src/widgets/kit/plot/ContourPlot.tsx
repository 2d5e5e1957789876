/**
 * Filled contour bands of a sampled surface (a loss landscape), inside a PlotFrame.
 * Each level draws the region where the surface is ≥ that level; drawn lowest first, the
 * stack reads as bands. Colours come from a d3 sequential scale over the level index, so
 * log-spaced levels get evenly spaced colours too.
 */
import { scaleSequential } from 'd3';
import { memo, useMemo } from 'react';
import { color as theme } from '../theme';
import { PlotClip } from './PlotClip';
import { type LevelSpacing, contourPaths, levelsFor } from './contours';
import type { GridLike } from './grid';
import { usePlot } from './plotContext';
import { interpolateViridis } from './viridis';

export interface ContourPlotProps {
  /** The sampled surface (row-major, from the worker). */
  grid: GridLike;
  /** Explicit levels, or how many to place between the grid's min and max (default 12). */
  levels?: number | readonly number[];
  /** Spacing of counted levels (default linear; log packs them near the minimum). */
  spacing?: LevelSpacing;
  /** Fill the bands (default true); false draws isolines only. */
  filled?: boolean;
  /** Colour map t ∈ [0, 1] → CSS colour, low levels at 0 (default viridis). */
  interpolator?: (t: number) => string;
  /** Fill opacity (default 0.9). */
  opacity?: number;
  /** Accessible name; without one the contours are decorative (aria-hidden). */
  label?: string;
}

function ContourPlotLayer({ grid, levels = 12, spacing = 'linear', filled = true, interpolator = interpolateViridis, opacity = 0.9, label }: ContourPlotProps) {
  const { x, y, inner } = usePlot();
  // Keyed by content: an inline `levels={[1, 2, 4]}` is a new array every render.
  const levelKey = typeof levels === 'number' ? String(levels) : levels.join(',');
  const paths = useMemo(
    () => contourPaths(grid, levelsFor(grid, levels, spacing), x, y),
    [grid, levelKey, spacing, x, y],
  );
  // Band k lies between level k−1 and level k; band 0 (below the lowest level) is the base
  // rectangle, so the valley floor has a colour too instead of showing the page through.
  const fill = scaleSequential(interpolator).domain([0, Math.max(1, paths.length)]);

  return (
    <PlotClip>
      <g role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
        {filled && paths.length > 0 && (
          <rect x={inner.left} y={inner.top} width={inner.width} height={inner.height} style={{ fill: fill(0), fillOpacity: opacity }} />
        )}
        {paths.map((p, k) => (
          <path
            key={`${k}:${p.level}`}
            d={p.d}
            data-level={p.level}
            style={filled ? { fill: fill(k + 1), fillOpacity: opacity, stroke: theme.bg } : { fill: 'none', stroke: fill(k + 1) }}
            strokeWidth={filled ? 0.5 : 1.25}
            strokeOpacity={filled ? 0.35 : 1}
          />
        ))}
      </g>
    </PlotClip>
  );
}

/** Levels by content: an inline `levels={[1, 2, 4]}` is a new array on every render. */
function sameProps(a: ContourPlotProps, b: ContourPlotProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ContourPlotProps)[]);
  for (const k of keys) {
    if (k === 'levels' && Array.isArray(a.levels) && Array.isArray(b.levels)) {
      if (a.levels.length !== b.levels.length || a.levels.some((v, i) => v !== (b.levels as readonly number[])[i])) return false;
    } else if (a[k] !== b[k]) return false;
  }
  return true;
}

/**
 * Filled or line contours of a grid. Memoized: while a point is dragged over the map, the
 * contours (same grid, same levels) are not even re-rendered; the plot's scales come from
 * context, so a resize still redraws them.
 */
export const ContourPlot = memo(ContourPlotLayer, sameProps);
