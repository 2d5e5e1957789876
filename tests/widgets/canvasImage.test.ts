/**
 * canvasImage: a backing store is assigned only when its size changes (an assignment, even of
 * the same value, clears and reallocates it), and a pixel image must have exactly w × h × 4 bytes.
 */
import { describe, expect, it } from 'vitest';
import { pixelImage, sizeBacking } from '../../src/widgets/kit/plot/canvasImage';

/** A canvas stand-in that counts assignments to width and height. */
function countingCanvas() {
  const c = { w: 300, h: 150, writes: 0 };
  const canvas = {
    get width() { return c.w; },
    set width(v: number) { c.w = v; c.writes++; },
    get height() { return c.h; },
    set height(v: number) { c.h = v; c.writes++; },
  };
  return { canvas: canvas as unknown as HTMLCanvasElement, c };
}

describe('sizeBacking', () => {
  it('assigns only when the size in whole device pixels changes', () => {
    const { canvas, c } = countingCanvas();
    expect(sizeBacking(canvas, 400.4, 200)).toBe(true);
    expect([c.w, c.h, c.writes]).toEqual([400, 200, 2]);
    expect(sizeBacking(canvas, 399.6, 200.2)).toBe(false); // rounds to the same size
    expect(c.writes).toBe(2);
    expect(sizeBacking(canvas, 0, -3)).toBe(true); // never below one pixel
    expect([c.w, c.h]).toEqual([1, 1]);
  });
});

describe('pixelImage', () => {
  it('rejects bytes that do not make a width × height image, naming both', () => {
    expect(() => pixelImage(new Uint8ClampedArray(15), 2, 2)).toThrow(/pixelImage: 15 bytes for a 2 × 2 image \(needs 16\)/);
  });
});
