/**
 * A colour map sampled once into a 256-entry RGBA table, so painting a 400×400 heatmap is array
 * lookups, not 160,000 colour-string parses.
 */
import { rgb } from 'd3';

export const RAMP_SIZE = 256;

/** RGBA bytes for t = k/255, k = 0 … 255. */
export function colorRamp(interpolator: (t: number) => string): Uint8ClampedArray {
  const table = new Uint8ClampedArray(RAMP_SIZE * 4);
  for (let k = 0; k < RAMP_SIZE; k++) {
    const c = rgb(interpolator(k / (RAMP_SIZE - 1)));
    table[4 * k] = c.r;
    table[4 * k + 1] = c.g;
    table[4 * k + 2] = c.b;
    table[4 * k + 3] = Math.round(255 * (Number.isFinite(c.opacity) ? c.opacity : 1));
  }
  return table;
}

export type ColorScaleType = 'linear' | 'log';

/**
 * Value → t ∈ [0, 1] over [lo, hi]. 'log' is logarithmic in the distance from lo (lo itself
 * maps to 0), spreading 3 decades of a loss valley over the ramp. Non-finite → NaN.
 */
export function normalizer(lo: number, hi: number, type: ColorScaleType = 'linear', decades = 3): (v: number) => number {
  const range = hi - lo;
  if (!(range > 0)) return (v) => (Number.isFinite(v) ? 0.5 : NaN);
  const floor = range * 10 ** -decades;
  const clamp = (t: number) => Math.min(1, Math.max(0, t));
  if (type === 'linear') return (v) => (Number.isFinite(v) ? clamp((v - lo) / range) : NaN);
  const denom = Math.log1p(range / floor);
  return (v) => (Number.isFinite(v) ? clamp(Math.log1p(Math.max(0, v - lo) / floor) / denom) : NaN);
}
