/** The slice widgets' own arithmetic and words: crease clipping, exact hinge curves, findings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runTaskSync } from '../../../src/worker/registry';
import type { Basin, HingeCrease, LossSliceOutput } from '../../../src/worker/tasks/lossSlice';
import { basinSentence, classifierFinding, coord, curvatureAtCentre, mlpFinding, num, stretchList } from '../../../src/widgets/slices/describe';
import { CLASSIFIER_DEFAULTS, classifierSliceInput, mlpSliceInput } from '../../../src/widgets/slices/setup';
import { clipCrease, countNonFinite, hingeLineWithKinks, hingeLossAt, lossRange } from '../../../src/widgets/slices/sliceMath';

const crease = (margin0: number, da: number, db: number): HingeCrease => ({ example: 0, cls: 1, margin0, da, db });

describe('clipCrease', () => {
  it('clips lines to the window, by hand', () => {
    // 0.5 + a = 0: the vertical line a = −0.5 crosses b from −2 to 2.
    expect(clipCrease(crease(0.5, 1, 0), [-2, 2], [-2, 2])).toEqual([[-0.5, -2], [-0.5, 2]]);
    // −1 + a + b = 0: the diagonal a + b = 1 enters at (−1, 2) and leaves at (2, −1).
    const seg = clipCrease(crease(-1, 1, 1), [-2, 2], [-2, 2]);
    if (!seg) throw new Error('expected a segment');
    const pts = seg.map(([a, b]) => [Number(a.toFixed(12)), Number(b.toFixed(12))]).sort((p, q) => p[0] - q[0]);
    expect(pts).toEqual([[-1, 2], [2, -1]]);
    // 5 + a = 0 lies outside; da = db = 0 is no line at all.
    expect(clipCrease(crease(5, 1, 0), [-2, 2], [-2, 2])).toBeNull();
    expect(clipCrease(crease(1, 0, 0), [-2, 2], [-2, 2])).toBeNull();
  });

  it('both ends lie on the line and inside the box (property)', () => {
    const real = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(real, real, real, (m, da, db) => {
        const seg = clipCrease(crease(m, da, db), [-2, 2], [-1, 1]);
        if (!seg) return true;
        return seg.every(([a, b]) => Math.abs(m + a * da + b * db) < 1e-9 * (1 + Math.abs(m)) && a >= -2 - 1e-9 && a <= 2 + 1e-9 && b >= -1 - 1e-9 && b <= 1 + 1e-9);
      }),
    );
  });
});

describe('one example’s exact hinge curve', () => {
  const creases = [crease(0.5, -1, 0), crease(-0.2, 0.4, 0)]; // kinks at a = 0.5 and a = 0.5
  it('sums the hinges: max(0, 0.5 − a) + max(0, −0.2 + 0.4a)', () => {
    expect(hingeLossAt(creases, 0)).toBeCloseTo(0.5, 15);
    expect(hingeLossAt(creases, 2)).toBeCloseTo(0.6, 15);
    expect(hingeLossAt(creases, -1)).toBeCloseTo(1.5, 15);
  });

  it('inserts the kinks among the samples, in order, with exact values', () => {
    const { a, loss } = hingeLineWithKinks([crease(0.3, -1, 0)], [-1, 1], 3, [0.3]);
    expect(Array.from(a)).toEqual([-1, 0, 0.3, 1]);
    expect(Array.from(loss).map((v) => Number(v.toFixed(12)))).toEqual([1.3, 0.3, 0, 0]);
  });

  it('matches the task’s slice at its samples (the task’s creases are right)', () => {
    const out = runTaskSync('lossSlice', classifierSliceInput(CLASSIFIER_DEFAULTS));
    const n = out.lines[0].values.length;
    const { a, loss } = hingeLineWithKinks(out.creases, [-2, 2], n, out.kinks);
    expect(a.length).toBe(n + out.kinks.length);
    let k = 0;
    for (let i = 0; i < a.length; i++) {
      if (Array.from(out.kinks).includes(a[i])) continue;
      expect(loss[i]).toBeCloseTo(out.lines[0].values[k++], 12);
    }
  });
});

describe('small helpers', () => {
  it('lossRange starts at 0 and skips non-finite values; countNonFinite counts them', () => {
    expect(lossRange([1, 2, NaN], [Infinity, 0.5])).toEqual([0, 2 * 1.06]);
    expect(lossRange([0, 0])).toEqual([0, 1]);
    expect(countNonFinite([1, NaN, Infinity, -Infinity, 0])).toBe(3);
  });

  it('formats numbers and coordinates with real minus signs', () => {
    expect(num(-0.123456)).toBe('−0.123');
    expect(num(0.0000123)).toBe('1.23 × 10⁻⁵');
    expect(coord(-0.004)).toBe('0.00');
    expect(coord(-0.64)).toBe('−0.64');
    expect(stretchList([[-0.55, -0.35]])).toBe('[−0.55, −0.35]');
    expect(stretchList([[-0.55, -0.35], [0.1, 0.2], [0.75, 1]])).toBe('[−0.55, −0.35], [0.10, 0.20] and [0.75, 1.00]');
  });

  it('curvatureAtCentre reads the signs of the second differences at the middle cell', () => {
    // f = a² − b² on a 3 × 3 grid over [−1, 1]²: up along a (+2), down along b (−2): a saddle.
    const values = Float64Array.from([0, -1, 0, 1, 0, 1, 0, -1, 0].map((_, k) => ((k % 3) - 1) ** 2 - (Math.floor(k / 3) - 1) ** 2));
    const grid = { values, nx: 3, ny: 3, x: [-1, 1] as [number, number], y: [-1, 1] as [number, number], min: -1, max: 1 };
    expect(curvatureAtCentre(grid)).toEqual({ a: 2, b: -2 });
    expect(curvatureAtCentre({ ...grid, nx: 2, ny: 2, values: new Float64Array(4) })).toBeNull();
  });
});

describe('findings', () => {
  const basin = (a: number, b: number, loss: number, depth: number): Basin => ({ i: 0, j: 0, a, b, loss, depth });

  it('basinSentence: none, only the centre, the centre and another, one away from θ', () => {
    expect(basinSentence([])).toMatch(/No valley floor/);
    expect(basinSentence([basin(0, 0, 0.002, Infinity)])).toBe('The plane shows one basin in this window, around the centre.');
    expect(basinSentence([basin(0, 0, 0.002, Infinity), basin(0.85, -0.6, 1.8, 0.221)])).toBe(
      'The plane holds 2 separate basins: the centre\u2019s own valley, and one at (a, b) = (0.85, −0.60) with loss 1.8, walled off by a ridge 0.221 higher.',
    );
    expect(basinSentence([basin(1.9, 1, 0.375, Infinity)])).toBe('The plane has one valley floor in view, away from θ: at (a, b) = (1.90, 1.00) with loss 0.375, the lowest point in view.');
  });

  it('the classifier finding counts the kinks the task found', () => {
    const one = runTaskSync('lossSlice', classifierSliceInput(CLASSIFIER_DEFAULTS));
    expect(classifierFinding('svm', 'one', 13, one)).toContain(`${one.kinks.length + 1} straight pieces joined at ${one.kinks.length} kinks`);
    const all = runTaskSync('lossSlice', classifierSliceInput({ ...CLASSIFIER_DEFAULTS, examples: 'all' }));
    expect(classifierFinding('svm', 'all', 13, all)).toContain(`${all.kinks.length} kinks in view`);
    const soft = runTaskSync('lossSlice', classifierSliceInput({ ...CLASSIFIER_DEFAULTS, loss: 'softmax' }));
    expect(classifierFinding('softmax', 'one', 13, soft)).toContain('smooth');
  });

  it('the network finding names the concave stretches the task found, or says it is convex', () => {
    const fake = (concave: [number, number][]): LossSliceOutput => {
      const out = runTaskSync('lossSlice', classifierSliceInput({ ...CLASSIFIER_DEFAULTS, examples: 'all' }));
      return { ...out, lines: [{ ...out.lines[0], concave }], basins: [] };
    };
    expect(mlpFinding('trained', fake([[-0.55, -0.35], [0.75, 1]]), 1)).toContain('on a ∈ [−0.55, −0.35] and [0.75, 1.00]');
    expect(mlpFinding('trained', fake([]), 0.25)).toContain('Widen the window');
    expect(mlpFinding('trained', fake([]), 2)).not.toContain('Widen the window');
    expect(mlpFinding('initial', fake([[-0.9, 1]]), 1)).toContain('gentle hump');
  });
});

describe('setup', () => {
  it('maps the reader’s 1-based example to the task’s row, and "all" through', () => {
    expect(classifierSliceInput(CLASSIFIER_DEFAULTS).example).toBe(CLASSIFIER_DEFAULTS.example - 1);
    expect(classifierSliceInput({ ...CLASSIFIER_DEFAULTS, examples: 'all' }).example).toBe('all');
    expect(mlpSliceInput({ centre: 'initial', window: '0.5', seed: 9 })).toMatchObject({ centre: 'initial', directionSeed: 9, a: [-0.5, 0.5], b: [-0.5, 0.5] });
  });
});
