/**
 * Two things every dense-image canvas does, done without waste while results stream in:
 *
 * - `sizeBacking`: the backing store is resized only when its size changes. Assigning a
 *   canvas's width or height, even the same value, reallocates and clears the store, and the
 *   compositor then uploads a fresh resource: per frame, that was most of the playground's
 *   commit time (bench:ui).
 * - `pixelImage`: a small RGBA image (a grid's pixels) is put on a scratch canvas to be scaled
 *   up with drawImage. Scratch canvases are kept by size and reused, not created per paint;
 *   drawImage copies synchronously, so painters can share them.
 */

/** Sets the backing store to `width` × `height` device pixels if it is not already; true if it changed. */
export function sizeBacking(canvas: HTMLCanvasElement, width: number, height: number): boolean {
  const w = Math.max(1, Math.round(width)), h = Math.max(1, Math.round(height));
  if (canvas.width === w && canvas.height === h) return false;
  canvas.width = w;
  canvas.height = h;
  return true;
}

/** A handful of sizes in use at once (a widget's grid, its atlas); beyond this the cache starts over. */
const MAX_SCRATCH = 8;
const scratch = new Map<string, HTMLCanvasElement>();

/**
 * A canvas exactly `width` × `height` holding `pixels` (RGBA, top row first), for drawImage.
 * Exactly that size, so smoothing at the edges never samples an older, larger image. Null
 * where canvases cannot draw (a test DOM).
 */
export function pixelImage(pixels: Uint8ClampedArray<ArrayBuffer>, width: number, height: number): HTMLCanvasElement | null {
  if (pixels.length !== width * height * 4) throw new RangeError(`pixelImage: ${pixels.length} bytes for a ${width} × ${height} image (needs ${width * height * 4})`);
  const key = `${width}x${height}`;
  let canvas = scratch.get(key);
  if (!canvas) {
    if (scratch.size >= MAX_SCRATCH) scratch.clear();
    canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    scratch.set(key, canvas);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx || typeof ImageData === 'undefined') return null;
  // ImageData wraps the bytes without a copy; putImageData replaces every pixel.
  ctx.putImageData(new ImageData(pixels, width, height), 0, 0);
  return canvas;
}
