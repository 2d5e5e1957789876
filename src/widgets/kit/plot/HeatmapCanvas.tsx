/**
 * A dense image of a sampled surface on a <canvas>, for PlotFrame's `underlay` (axes and marks
 * stay in the SVG on top). One image pixel per grid sample, scaled up to the plot area with
 * smoothing; the backing store is devicePixelRatio × CSS size, so it stays sharp on retina
 * screens. Assumes linear axes.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Interval } from '../../state/schema';
import { type ColorScaleType, RAMP_SIZE, colorRamp, normalizer } from './colorRamp';
import { pixelImage, sizeBacking } from './canvasImage';
import { type GridLike, checkGrid, finiteExtent } from './grid';
import { usePlot } from './plotContext';
import { interpolateViridis } from './viridis';

export interface HeatmapCanvasProps {
  /** The sampled surface (row-major, from the worker). */
  grid: GridLike;
  /** Values mapped to the ends of the colour map (default: the grid's finite extent). */
  domain?: Interval;
  /** Linear, or logarithmic above the minimum (default linear). */
  scale?: ColorScaleType;
  /** Colour map t ∈ [0, 1] → CSS colour (default viridis). */
  interpolator?: (t: number) => string;
  /** Smooth between samples (default true); false shows the cells. */
  smooth?: boolean;
  /** Image opacity (default 1). */
  opacity?: number;
}

/** Paints the grid into an nx × ny RGBA buffer, top row first (canvas rows run downwards). */
export function paintGrid(grid: GridLike, toT: (v: number) => number, ramp: Uint8ClampedArray): Uint8ClampedArray<ArrayBuffer> {
  const { nx, ny, values } = grid;
  const out = new Uint8ClampedArray(nx * ny * 4);
  for (let j = 0; j < ny; j++) {
    const row = (ny - 1 - j) * nx; // grid row 0 is the lowest y: the image's bottom row
    for (let i = 0; i < nx; i++) {
      const t = toT(values[j * nx + i]);
      if (Number.isNaN(t)) continue; // transparent
      const k = 4 * Math.round(t * (RAMP_SIZE - 1));
      const o = 4 * (row + i);
      out[o] = ramp[k];
      out[o + 1] = ramp[k + 1];
      out[o + 2] = ramp[k + 2];
      out[o + 3] = ramp[k + 3];
    }
  }
  return out;
}

export function HeatmapCanvas({ grid, domain, scale = 'linear', interpolator = interpolateViridis, smooth = true, opacity = 1 }: HeatmapCanvasProps) {
  const { x, y, inner } = usePlot();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ramp = useMemo(() => colorRamp(interpolator), [interpolator]);
  const [lo, hi] = domain ?? finiteExtent(grid.values) ?? [0, 1];

  // Painting touches the DOM, so it happens after render; the server renders an empty canvas.
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return; // no canvas support (a test DOM): the SVG layers still work
    checkGrid(grid);
    const dpr = window.devicePixelRatio || 1;
    sizeBacking(canvas, inner.width * dpr, inner.height * dpr);
    const { nx, ny } = grid;
    const image = pixelImage(paintGrid(grid, normalizer(lo, hi, scale), ramp), nx, ny);
    if (!image) return;

    // Each sample is the centre of its cell: the image spans half a cell beyond the grid.
    const [x0, x1] = grid.x, [y0, y1] = grid.y;
    const hx = (x1 - x0) / (nx - 1) / 2, hy = (y1 - y0) / (ny - 1) / 2;
    const left = (x(x0 - hx) - inner.left) * dpr;
    const right = (x(x1 + hx) - inner.left) * dpr;
    const top = (y(y1 + hy) - inner.top) * dpr;
    const bottom = (y(y0 - hy) - inner.top) * dpr;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.imageSmoothingEnabled = smooth;
    ctx.drawImage(image, left, top, right - left, bottom - top);
  }, [grid, lo, hi, scale, ramp, smooth, x, y, inner.left, inner.top, inner.width, inner.height]);

  return (
    <canvas
      ref={canvasRef}
      aria-hidden="true"
      style={{ display: 'block', width: inner.width, height: inner.height, opacity }}
    />
  );
}
