/**
 * Chapter 5's numbers: the module checks its sentences itself (it throws, and the build fails, if
 * one breaks). These tests pin the values the prose and the challenges lean on to computations
 * by hand or by a second route.
 */
import { describe, expect, it } from 'vitest';
import { gen } from '../../chapters/generalization.numbers';
import { defaultState } from '../../src/widgets/state/schema';
import { penaltySchema } from '../../src/widgets/penalty/penaltySchema';

describe('chapter 5: worked numbers', () => {
  it('the first loss of a 10-class softmax at equal scores is ln 10 = 2.302585…, and ln 1000 = 6.91', () => {
    expect(gen.sanity.ten).toBeCloseTo(Math.log(10), 14);
    expect(gen.sanity.tenText).toBe('2.303');
    expect(gen.sanity.thousandText).toBe('6.91');
  });

  it('one soft-threshold step: S(0.8, 0.5)/2 = 0.15; a pull of 0.3 under λ = 0.5 gives 0', () => {
    expect(gen.lasso.w).toBeCloseTo((0.8 - 0.5) / 2, 15);
    expect(gen.lasso.wText).toBe('0.15');
  });

  it('inverted dropout at p = 0.2 sends 3/0.8 = 3.75 from a kept unit', () => {
    expect(gen.dropout.kept).toBe(3.75);
    expect(gen.dropout.keepText).toBe('0.8');
  });

  it('the noise floor is σ² = 0.25² = 0.0625', () => {
    expect(gen.overfit.noiseVarianceText).toBe('0.0625');
  });
});

describe('chapter 5: the widgets at their defaults', () => {
  it('L2 on the two-weight problem solves (A + ½λI)w = Aw* by hand', () => {
    // Data loss 0.01 + (w − w*)ᵀA(w − w*), A = (1/150)[1 ½; ½ 1], w* = (1.6, 0.5); penalty ½λ‖w‖².
    // Gradient zero: 2A(w − w*) + λw = 0  ⇔  (2A + λI) w = 2A w*.
    const { lambda } = defaultState(penaltySchema);
    const a = 2 / 150, b = 1 / 150; // 2A = [a b; b a]
    const rhs = [a * 1.6 + b * 0.5, b * 1.6 + a * 0.5];
    const d = (a + lambda) ** 2 - b * b;
    const w = [((a + lambda) * rhs[0] - b * rhs[1]) / d, ((a + lambda) * rhs[1] - b * rhs[0]) / d];
    expect(gen.penalty.l2Text).toBe(`(${w[0].toFixed(3)}, ${w[1].toFixed(3)})`);
  });

  it('the early-stopping challenge’s answer is an epoch inside the run, with a 5 % tolerance', () => {
    expect(gen.overfit.topStopEpoch).toBeGreaterThan(0);
    expect(gen.overfit.topStopEpoch).toBeLessThan(20_000);
  });

  it('the chapter’s counts: 15 + 15 points, best degree 3 of 0 … 15, random search tries 16 rates against the grid’s 4', () => {
    expect([gen.overfit.trainCountText, gen.overfit.validationCountText]).toEqual(['15', '15']);
    expect(gen.overfit.bestDegree).toBe(3);
    expect([gen.search.sideText, gen.search.trialsText]).toEqual(['4', '16']);
  });
});
