/**
 * Chapter 2's numbers: the module computes and checks them itself (it throws, and the build
 * fails, if a check breaks); these tests pin the ones the prose and the challenges lean on to
 * values worked out by hand, and check the sentences about the slice widgets' default pictures
 * that the chapter states in words rather than numbers.
 */
import { describe, expect, it } from 'vitest';
import { ls } from '../../chapters/loss-surfaces.numbers';
import { runTaskSync } from '../../src/worker/registry';
import { classifierSliceInput, mlpSliceInput, MLP_DEFAULTS } from '../../src/widgets/slices/setup';

describe('chapter 2 numbers, against hand computations', () => {
  it('computes every section without throwing', () => {
    for (const key of Object.keys(ls) as (keyof typeof ls)[]) expect(ls[key]).toBeTruthy();
  });

  it("Rosenbrock's Hessian at (1, 1) is [[802, −400], [−400, 200]], κ ≈ 2508", () => {
    // λ = (1002 ± √(602² + 4·400²)) / 2 = (1002 ± √1002404) / 2
    const root = Math.sqrt(602 * 602 + 4 * 400 * 400);
    const kappa = (1002 + root) / (1002 - root);
    expect(ls.rosen.kappa).toBeCloseTo(kappa, 6);
    expect(ls.rosen.kappaText).toBe('2,508');
    expect([ls.rosen.hxxText, ls.rosen.hxyText, ls.rosen.hyyText]).toEqual(['802', '−400', '200']);
    expect(ls.rosen.traceText).toBe('1,002');
    expect(ls.rosen.detText).toBe('400'); // 802·200 − 400² = 160400 − 160000
  });

  it('the chord challenge: f(0, 1) = 1 + 100 = 101 against a chord at (4 + 0)/2 = 2', () => {
    expect(ls.rosen.fm).toBe(101);
    expect(ls.rosen.chordText).toBe('2');
  });

  it('contour ellipses are √κ times longer than wide: √10 and, for the challenge, √16 = 4', () => {
    expect(ls.quad.aspect).toBeCloseTo(Math.sqrt(10), 12);
    expect(ls.quad.challengeAspect).toBeCloseTo(4, 12);
    // On the contour f = 2 of ½(x² + 10y²): (2, 0) with |∇f| = 2 and (0, √0.4) with |∇f| = 10·√0.4.
    expect(ls.quad.gyText).toBe((10 * Math.sqrt(0.4)).toFixed(2));
  });

  it('the classification challenge is a saddle: negative determinant', () => {
    expect(ls.camel.challenge.verdict).toBe('saddle');
    expect(ls.camel.challenge.detText.startsWith('−')).toBe(true);
  });

  it("Himmelblau has 4 minima, 1 maximum, 4 saddles; the six-hump camel 6, 2 and 7", () => {
    expect([ls.himmel.minimaText, ls.himmel.maximaText, ls.himmel.saddlesText]).toEqual(['4', '1', '4']);
    expect([ls.camel.minimaText, ls.camel.maximaText, ls.camel.saddlesText, ls.camel.globalText]).toEqual(['6', '2', '7', '2']);
    expect(ls.camel.globalValueText).toBe('−1.0316');
  });

  it('the tiny network (ab − 1)²: Hessian [[0, −2], [−2, 0]] at 0 (±2), [[2, 2], [2, 2]] at (1, 1) (0 and 4)', () => {
    expect([ls.tiny.saddleLoText, ls.tiny.saddleHiText]).toEqual(['−2', '2']);
    expect([ls.tiny.minLoText, ls.tiny.minHiText]).toEqual(['0', '4']);
  });

  it('random Hessians: N = 1 has no saddles, and minima only get rarer with N', () => {
    const rows = ls.randomHessians.rows;
    expect(rows[0].saddlesText).toBe('0');
    for (let i = 1; i < rows.length; i++) expect(rows[i].minFraction).toBeLessThanOrEqual(rows[i - 1].minFraction);
    // Below the coin-flip guess from N = 2 on.
    for (let i = 1; i < rows.length; i++) expect(rows[i].minFraction).toBeLessThan(0.5 ** rows[i].n);
  });

  it('one example of a K-class SVM has at most K − 1 kinks: 2 here, 9 for the challenge', () => {
    expect(ls.svm.maxKinksText).toBe('2');
    expect(ls.svm.bigMaxKinks).toBe(9);
    const sum = [ls.svm.twoKinksText, ls.svm.oneKinkText, ls.svm.noKinksText].map(Number).reduce((a, b) => a + b, 0);
    expect(sum).toBe(100);
  });
});

describe("the chapter's words about the slice widgets' pictures", () => {
  it('every slice of the average SVM or softmax loss is convex, whatever the directions', () => {
    for (const loss of ['svm', 'softmax'] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        const out = runTaskSync('lossSlice', { ...classifierSliceInput({ loss, examples: 'all', example: 1, seed }), gridSide: 21 });
        expect(out.lines[0].concave, `${loss}, seed ${seed}`).toEqual([]);
        expect(out.basins.length, `${loss}, seed ${seed}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the network, through its trained weights: lowest at a = 0 and bending down somewhere; through its initial weights: a hump', () => {
    const trained = runTaskSync('lossSlice', { ...mlpSliceInput({ ...MLP_DEFAULTS, centre: 'trained' }), gridSide: 3 });
    const [chosen, other] = trained.lines;
    expect(chosen.centre).toBe('trained');
    const v = chosen.values;
    const mid = (v.length - 1) / 2;
    expect(Math.min(...v)).toBe(v[mid]);
    expect(v[mid]).toBeLessThan(0.05);
    expect(v[0]).toBeGreaterThan(10 * v[mid]);
    expect(v[v.length - 1]).toBeGreaterThan(10 * v[mid]);
    expect(chosen.concave.length).toBeGreaterThan(0);
    // The initial weights' slice (the task returns it too): higher at the centre than at the ends.
    expect(other.centre).toBe('initial');
    const u = other.values;
    expect(other.centreLoss).toBeGreaterThan(u[0]);
    expect(other.centreLoss).toBeGreaterThan(u[u.length - 1]);
    expect(other.centreLoss).toBeGreaterThan(chosen.centreLoss);
  }, 30_000);

  it('other random directions through the trained network bend down too', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const out = runTaskSync('lossSlice', { ...mlpSliceInput({ ...MLP_DEFAULTS, seed }), gridSide: 3 });
      expect(out.lines[0].concave.length, `seed ${seed}`).toBeGreaterThan(0);
    }
  }, 30_000);
});
