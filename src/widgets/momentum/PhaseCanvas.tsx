/**
 * The phase diagram's colour field: one pixel per grid cell, painted into a small image with
 * one putImageData and scaled up to the plot area (the frame budget's "small canvas scaled up").
 * Diverging cells stay transparent, so the hatched backdrop under the canvas shows through.
 * The grid's cells fill the plot edge to edge (phaseGrid.ts), so the image needs no offset even
 * on the log-α axis. Memoized: it repaints when κ (the grid) or the plot's size changes, never
 * when α or β moves.
 */
import { memo, useEffect, useRef } from 'react';
import { colorRamp, paintGrid, pixelImage, sizeBacking, usePlot } from '../kit';
import { interpolateViridis } from '../kit/plot/viridis';
import { type PhaseGrid, rateToT } from './phaseGrid';

/** Fast (ρ near 0) bright, slow (ρ near 1) dark: viridis reversed. */
export const rateColor = (t: number): string => interpolateViridis(1 - t);

const RAMP = colorRamp(rateColor);

export interface PhaseCanvasProps {
  grid: PhaseGrid;
}

function PhaseCanvasLayer({ grid }: PhaseCanvasProps) {
  const { inner } = usePlot();
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return; // no canvas (a test DOM): the SVG layers still tell the story
    const image = pixelImage(paintGrid({ values: grid.rates, nx: grid.nx, ny: grid.ny, x: [0, 1], y: [0, 1] }, rateToT, RAMP), grid.nx, grid.ny);
    if (!image) return;
    const dpr = window.devicePixelRatio || 1;
    sizeBacking(canvas, inner.width * dpr, inner.height * dpr);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  }, [grid, inner.width, inner.height]);

  return <canvas ref={ref} aria-hidden="true" style={{ display: 'block', position: 'relative', width: inner.width, height: inner.height }} />;
}

export const PhaseCanvas = memo(PhaseCanvasLayer);
