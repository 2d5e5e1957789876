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

/** The same colour as CSS, for SVG marks and canvas strokes (a regression point by its target). */
export function divergingCss(v: number): string {
  const [r, g, b] = divergingRgb(v);
  return `rgb(${r}, ${g}, ${b})`;
}

// Painting a picture is table lookups: a chunk lands up to 60 times a second with a 64×64 output
// and up to 192 neuron pictures, and a colour computed per pixel would allocate per pixel.
/** Levels on each side of the diverging ramp's white middle. */
const HALF = 255;
const DIVERGING = new Uint8Array(3 * (2 * HALF + 1));
for (let k = 0; k <= 2 * HALF; k++) DIVERGING.set(divergingRgb(k / HALF - 1), 3 * k);
/** Per class, 256 levels of sureness from chance (pale) to certain. */
const SURE_LEVELS = 256;
const CLASS_RAMPS = CLASS_RGB.map((rgb) => {
  const ramp = new Uint8Array(3 * SURE_LEVELS);
  for (let k = 0; k < SURE_LEVELS; k++) ramp.set(mix(WHITE, rgb, 0.15 + 0.6 * (k / (SURE_LEVELS - 1))), 3 * k);
  return ramp;
});

/** Writes ramp entry `k` as an opaque pixel at byte `o`. */
function put(out: Uint8ClampedArray, o: number, ramp: Uint8Array, k: number): void {
  out[o] = ramp[3 * k];
  out[o + 1] = ramp[3 * k + 1];
  out[o + 2] = ramp[3 * k + 2];
  out[o + 3] = 255;
}

const divergingLevel = (v: number): number => Math.round((Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0)) + 1) * HALF);

/**
 * RGBA pixels (top row first) of the output grid: per cell the likeliest class's colour, paler
 * where the network is less sure (at chance, white); for regression the value's diverging colour.
 */
export function paintOutput(values: Float64Array, side: number, classes: number, regression: boolean): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(side * side * 4);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const cell = r * side + c, o = 4 * ((side - 1 - r) * side + c);
      if (regression) {
        put(out, o, DIVERGING, divergingLevel(values[cell]));
        continue;
      }
      let best = 0;
      for (let k = 1; k < classes; k++) if (values[cell * classes + k] > values[cell * classes + best]) best = k;
      const p = values[cell * classes + best];
      const sure = Math.max(0, Math.min(1, (p - 1 / classes) / (1 - 1 / classes)));
      put(out, o, CLASS_RAMPS[best % CLASS_RAMPS.length], Number.isFinite(sure) ? Math.round(sure * (SURE_LEVELS - 1)) : 0);
    }
  }
  return out;
}

/**
 * RGBA of one neuron's picture (`side` × `side` values from `from`, top row first), written into
 * `out`: its values scaled by the largest |value| among them, so a faint neuron still shows its shape.
 */
export function paintNeuron(values: Float64Array, from: number, side: number, out: Uint8ClampedArray<ArrayBuffer> = new Uint8ClampedArray(side * side * 4)): Uint8ClampedArray<ArrayBuffer> {
  let m = 1e-9;
  for (let i = 0; i < side * side; i++) m = Math.max(m, Math.abs(values[from + i]));
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) put(out, 4 * ((side - 1 - r) * side + c), DIVERGING, divergingLevel(values[from + r * side + c] / m));
  }
  return out;
}
