/**
 * The playground's colours. Canvas pixels cannot read CSS variables cheaply, so the pictures
 * use fixed light tints that read in either theme (as chapter 5's boundaries do), with dark ink
 * on them; points and lines in SVG use the kit's theme colours.
 *   classes: blue, orange, green, red (the kit's groupColors, as RGB);
 *   regression and neurons: blue (−1) through near-white (0) to orange (+1).
 */
export const CLASS_RGB: readonly (readonly [number, number, number])[] = [[37, 99, 235], [217, 119, 6], [89, 161, 79], [225, 87, 89]];
const WHITE = [246, 246, 246] as const;
const BLUE = [70, 120, 220] as const, ORANGE = [235, 150, 60] as const;

const mix = (a: readonly number[], b: readonly number[], t: number) => a.map((c, i) => Math.round(c + (b[i] - c) * t));

/** RGB of a value in [−1, 1] (clamped): blue, white, orange. */
export function divergingRgb(v: number): number[] {
  const t = Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0));
  return t < 0 ? mix(WHITE, BLUE, -t) : mix(WHITE, ORANGE, t);
}

/**
 * RGBA pixels (top row first) of the output grid: per cell the likeliest class's colour, paler
 * where the network is less sure (at chance, white); for regression the value's diverging colour.
 */
export function paintOutput(values: Float64Array, side: number, classes: number, regression: boolean, scale = 1): Uint8ClampedArray {
  const out = new Uint8ClampedArray(side * side * 4);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const cell = r * side + c, o = 4 * ((side - 1 - r) * side + c);
      let rgb: number[];
      if (regression) rgb = divergingRgb(values[cell] / scale);
      else {
        let best = 0;
        for (let k = 1; k < classes; k++) if (values[cell * classes + k] > values[cell * classes + best]) best = k;
        const p = values[cell * classes + best];
        const sure = Math.max(0, Math.min(1, (p - 1 / classes) / (1 - 1 / classes)));
        rgb = mix(WHITE, CLASS_RGB[best % CLASS_RGB.length], 0.15 + 0.6 * sure);
      }
      out[o] = rgb[0];
      out[o + 1] = rgb[1];
      out[o + 2] = rgb[2];
      out[o + 3] = 255;
    }
  }
  return out;
}

/** RGBA of one neuron's picture: its values scaled by the largest |value| among them (so a faint neuron still shows its shape). */
export function paintNeuron(values: Float64Array, from: number, side: number): Uint8ClampedArray {
  let m = 1e-9;
  for (let i = 0; i < side * side; i++) m = Math.max(m, Math.abs(values[from + i]));
  const out = new Uint8ClampedArray(side * side * 4);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const o = 4 * ((side - 1 - r) * side + c);
      const rgb = divergingRgb(values[from + r * side + c] / m);
      out[o] = rgb[0];
      out[o + 1] = rgb[1];
      out[o + 2] = rgb[2];
      out[o + 3] = 255;
    }
  }
  return out;
}
