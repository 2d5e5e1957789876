/**
 * ContourPlot's filled bands, painted once on a <canvas> for PlotFrame's `underlay`, for maps
 * whose marks change often (the optimizer race). In the SVG the bands are some twenty
 * overlapping translucent fills that the browser re-rasterizes with every new path drawn over
 * them; on their own canvas layer they are painted when the grid, the levels, the size or the
 * theme change, and never because a path did.
 *
 * The same bands and colours as ContourPlot (contourPaths' SVG path text, fed to Path2D). The
 * backing store is devicePixelRatio × CSS size; the server renders an empty canvas.
 */
import { scaleSequential } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { useColorResolver } from '../hooks/useThemeVersion';
import { color as theme } from '../theme';
import { sizeBacking } from './canvasImage';
import { type LevelSpacing, contourPaths, levelsFor } from './contours';
import type { GridLike } from './grid';
import { usePlot } from './plotContext';
import { interpolateViridis } from './viridis';

export interface ContourCanvasProps {
  grid: GridLike;
  /** Explicit levels, or how many to place between the grid's min and max (default 12). */
  levels?: number | readonly number[];
  spacing?: LevelSpacing;
  interpolator?: (t: number) => string;
  /** Fill opacity (default 0.9). */
  opacity?: number;
  /** Accessible name; without one the contours are decorative. */
  label?: string;
}

export function ContourCanvas({ grid, levels = 12, spacing = 'linear', interpolator = interpolateViridis, opacity = 0.9, label }: ContourCanvasProps) {
  const { x, y, inner } = usePlot();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const resolve = useColorResolver(canvasRef);
  const levelKey = typeof levels === 'number' ? String(levels) : levels.join(',');
  const paths = useMemo(
    () => contourPaths(grid, levelsFor(grid, levels, spacing), x, y),
    // Levels by content (levelKey): an inline `levels={[1, 2, 4]}` is a new array every render.
    [grid, levelKey, spacing, x, y],
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || typeof Path2D === 'undefined') return; // a test DOM: nothing to paint
    const ratio = window.devicePixelRatio || 1;
    sizeBacking(canvas, inner.width * ratio, inner.height * ratio);
    // The paths are in the SVG's coordinates; the canvas starts at the plot area's corner.
    ctx.setTransform(ratio, 0, 0, ratio, -inner.left * ratio, -inner.top * ratio);
    ctx.clearRect(inner.left, inner.top, inner.width, inner.height);
    // Band k lies between level k−1 and level k; band 0 is the whole plot area.
    const fill = scaleSequential(interpolator).domain([0, Math.max(1, paths.length)]);
    ctx.globalAlpha = opacity;
    ctx.fillStyle = fill(0);
    ctx.fillRect(inner.left, inner.top, inner.width, inner.height);
    ctx.lineWidth = 0.5;
    ctx.strokeStyle = resolve(theme.bg);
    paths.forEach((p, k) => {
      const path = new Path2D(p.d);
      ctx.globalAlpha = opacity;
      ctx.fillStyle = fill(k + 1);
      ctx.fill(path);
      ctx.globalAlpha = 0.35;
      ctx.stroke(path);
    });
    // `inner` by its four numbers.
  }, [paths, inner.left, inner.top, inner.width, inner.height, interpolator, opacity, resolve]);

  return (
    <canvas
      ref={canvasRef}
      style={{ display: 'block', width: inner.width, height: inner.height }}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      data-testid="contour-canvas"
    />
  );
}
