/**
 * LinesCanvas's tracing, on a recording stand-in for the 2-D context: which points become
 * moveTo and lineTo calls. The drawing itself is checked in Chromium (optimizers-race.spec).
 */
import { describe, expect, it } from 'vitest';
import { tracePolyline } from '../../src/widgets/kit/plot/LinesCanvas';

function record(xy: number[], pxPerUnit = 10): string[] {
  const calls: string[] = [];
  const ctx = {
    beginPath: () => calls.push('begin'),
    moveTo: (x: number, y: number) => calls.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`L${x},${y}`),
  } as unknown as CanvasRenderingContext2D;
  // NaN stands for a value the scale cannot place.
  tracePolyline(ctx, xy, (v) => pxPerUnit * v, (v) => pxPerUnit * v);
  return calls;
}

describe('tracePolyline', () => {
  it('moves to the first point and draws to every later one', () => {
    expect(record([0, 0, 1, 0, 1, 1])).toEqual(['begin', 'M0,0', 'L10,0', 'L10,10']);
  });

  it('breaks the line where a point cannot be placed and starts again after it', () => {
    expect(record([0, 0, 1, 0, NaN, 5, 2, 0, 3, 0])).toEqual(['begin', 'M0,0', 'L10,0', 'M20,0', 'L30,0']);
  });

  it('skips points within three quarters of a pixel of the last one drawn, but always reaches the last point', () => {
    // 0.01 units = 0.1 px: the middle points pile up on the first; the last is still drawn.
    expect(record([0, 0, 0.01, 0, 0.02, 0, 0.025, 0])).toEqual(['begin', 'M0,0', 'L0.25,0']);
    // a slow drift (a quarter pixel a step, in pixels) is drawn each time it has moved 0.75 px from the last point drawn
    const drift = record([0, 0, 0.25, 0, 0.5, 0, 0.75, 0, 1, 0, 1.25, 0, 1.5, 0, 1.75, 0], 1);
    expect(drift).toEqual(['begin', 'M0,0', 'L0.75,0', 'L1.5,0', 'L1.75,0']);
  });

  it('draws nothing but the path start for an empty or all-gap line', () => {
    expect(record([])).toEqual(['begin']);
    expect(record([NaN, NaN, NaN, 1])).toEqual(['begin']);
  });
});
