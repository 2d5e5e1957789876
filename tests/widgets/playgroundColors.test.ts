/**
 * The playground's pictures are painted by table lookup (colors.ts): the tables must give the
 * colours the formulas give (blue–white–orange for neurons and regression; a class's colour,
 * paler towards chance, for classification), rows top first, and bad values as white, not noise.
 */
import { describe, expect, it } from 'vitest';
import { CLASS_RGB, divergingRgb, paintNeuron, paintOutput } from '../../src/widgets/playground/colors';

const pixel = (img: Uint8ClampedArray, i: number) => Array.from(img.subarray(4 * i, 4 * i + 4));
const WHITE = [246, 246, 246];
/** Within one level of the formula's colour: the tables hold 255 levels a side. */
const near = (got: number[], want: number[]) => want.forEach((c, k) => expect(Math.abs(got[k] - c)).toBeLessThanOrEqual(1));

describe('playground colours', () => {
  it('paints a neuron scaled by its largest |value|, top row first', () => {
    // 2 × 2 values, row 0 at the bottom: [−2, 0; 1, 2] → the image's top row is the last grid row.
    const img = paintNeuron(new Float64Array([9, -2, 0, 1, 2]), 1, 2);
    expect(pixel(img, 2)).toEqual([...divergingRgb(-1), 255]); // grid (0,0) = −2 → bottom left, −1 after scaling
    expect(pixel(img, 3)).toEqual([...WHITE, 255]);
    near(pixel(img, 0), [...divergingRgb(0.5), 255]);
    expect(pixel(img, 1)).toEqual([...divergingRgb(1), 255]);
  });

  it('matches the diverging formula within one level everywhere, and paints non-finite values white', () => {
    for (let v = -1; v <= 1; v += 0.0137) {
      near(pixel(paintOutput(new Float64Array([v]), 1, 1, true), 0), [...divergingRgb(v), 255]);
    }
    expect(pixel(paintOutput(new Float64Array([NaN]), 1, 1, true), 0)).toEqual([...WHITE, 255]);
    expect(pixel(paintOutput(new Float64Array([7]), 1, 1, true), 0)).toEqual([...divergingRgb(1), 255]);
  });

  it('colours a cell by its likeliest class, white-ish at chance and deeper when sure', () => {
    const chance = pixel(paintOutput(new Float64Array([1 / 3, 1 / 3, 1 / 3]), 1, 3, false), 0);
    const sure = pixel(paintOutput(new Float64Array([0, 0, 1]), 1, 3, false), 0);
    const mix = (t: number, rgb: readonly number[]) => WHITE.map((c, k) => Math.round(c + (rgb[k] - c) * t));
    expect(chance).toEqual([...mix(0.15, CLASS_RGB[0]), 255]);
    expect(sure).toEqual([...mix(0.75, CLASS_RGB[2]), 255]);
  });
});
