/**
 * Many long polylines (the optimizer race's eight 500-step paths and their loss curves) drawn on
 * a <canvas> for PlotFrame's `underlay`, instead of as SVG paths. Each new race would otherwise
 * build eight path strings of 500 points twice over (line and halo), hand them to React and have
 * the browser re-parse and re-raster them; here one pass over the numbers draws them.
 *
 * Drawn in a layout effect, so the lines change in the same frame as the SVG marks above them.
 * Without a GPU the canvas is rasterized on the main thread, and its cost grows with the number
 * of segments and the stroke width: points closer than 0.75 px to the last one drawn are skipped
 * (a converged path puts hundreds on one spot), and the wide halo follows a coarser trace (2 px).
 * Values a scale cannot place break the line; far-off values are pinned to a band around the
 * plot (toPixel). The server renders an empty canvas.
 */
import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { useColorResolver } from '../hooks/useThemeVersion';
import { color as theme } from '../theme';
import { sizeBacking } from './canvasImage';
import { toPixel } from './pixels';
import { usePlot } from './plotContext';

export interface CanvasLine {
  /** Interleaved (x, y) pairs in data units. */
  readonly xy: ArrayLike<number>;
  /** Any CSS colour, the kit's theme variables included. */
  readonly color: string;
  /** An SVG stroke-dasharray ("9 4"), or undefined for a solid line. */
  readonly dash?: string;
}

export interface LinesCanvasProps {
  /** Drawn in order: a later line lies over an earlier one. */
  lines: readonly CanvasLine[];
  /** Stroke width in CSS pixels. */
  width: number;
  /** Under each line, a wider stroke in the background colour so it reads on any fill (px wider). */
  halo?: number;
  /** For tests and the benchmark's probe. */
  testId?: string;
}

/** Skip a point nearer than this to the last point drawn (pixels, squared): the line's, the halo's. */
const MIN_STEP2 = 0.75 ** 2;
const HALO_STEP2 = 2 ** 2;

const dashArray = (dash: string | undefined): number[] => (dash ? dash.trim().split(/[\s,]+/).map(Number).filter((v) => v >= 0) : []);

/** Trace one polyline on ctx (moveTo/lineTo in SVG pixels): a gap where a point cannot be placed, points within √minStep2 px of the last one drawn skipped, the last point always reached. */
export function tracePolyline(ctx: CanvasRenderingContext2D, xy: ArrayLike<number>, x: (v: number) => number, y: (v: number) => number, minStep2 = MIN_STEP2): void {
  ctx.beginPath();
  let open = false, lx = 0, ly = 0;
  const n = xy.length >> 1;
  for (let i = 0; i < n; i++) {
    const px = x(xy[2 * i]), py = y(xy[2 * i + 1]);
    if (Number.isNaN(px) || Number.isNaN(py)) {
      open = false;
      continue;
    }
    if (!open) {
      ctx.moveTo(px, py);
      open = true;
    } else if ((px - lx) ** 2 + (py - ly) ** 2 >= minStep2 || i === n - 1) {
      ctx.lineTo(px, py);
    } else continue;
    lx = px;
    ly = py;
  }
}

export function LinesCanvas({ lines, width, halo = 0, testId }: LinesCanvasProps) {
  const { x, y, inner } = usePlot();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const resolve = useColorResolver(canvasRef);

  useIsomorphicLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return; // a test DOM: nothing to draw
    const ratio = window.devicePixelRatio || 1;
    sizeBacking(canvas, inner.width * ratio, inner.height * ratio);
    // The scales give SVG coordinates; the canvas starts at the plot area's corner.
    ctx.setTransform(ratio, 0, 0, ratio, -inner.left * ratio, -inner.top * ratio);
    ctx.clearRect(inner.left, inner.top, inner.width, inner.height);
    ctx.lineJoin = 'bevel';
    const px = (v: number) => toPixel(x, v), py = (v: number) => toPixel(y, v);
    const bg = resolve(theme.bg);
    for (const line of lines) {
      if (halo > 0) {
        tracePolyline(ctx, line.xy, px, py, HALO_STEP2);
        ctx.setLineDash([]);
        ctx.lineCap = 'round';
        ctx.globalAlpha = 0.7;
        ctx.strokeStyle = bg;
        ctx.lineWidth = width + halo;
        ctx.stroke();
      }
      tracePolyline(ctx, line.xy, px, py);
      const dash = dashArray(line.dash);
      ctx.setLineDash(dash);
      ctx.lineCap = dash.length > 0 ? 'butt' : 'round';
      ctx.globalAlpha = 1;
      ctx.strokeStyle = resolve(line.color);
      ctx.lineWidth = width;
      ctx.stroke();
    }
    // `inner` by its four numbers.
  }, [lines, width, halo, x, y, inner.left, inner.top, inner.width, inner.height, resolve]);

  return (
    <canvas
      ref={canvasRef}
      style={{ position: 'absolute', left: 0, top: 0, width: inner.width, height: inner.height }}
      aria-hidden="true"
      data-testid={testId}
    />
  );
}
