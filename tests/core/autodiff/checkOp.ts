/**
 * Test helper: checks an op's backward rule against centered finite differences in float64.
 * The op's output is reduced to a scalar with fixed weights c ∈ [0.5, 1.5] (L = Σ cᵢ·outᵢ), so
 * every output element carries a distinct, non-vanishing weight into the gradient.
 * Five-point centered differences with h = 1e-3 (see gradcheck.ts). Losses here are O(1), so
 * the relative error's denominator is floored at 1e-4: a derivative that cancels to almost
 * nothing must still match to 1e-11 absolute, which round-off (~1e-12) allows and a wrong rule
 * does not.
 */
import { valueAndGrad } from '../../../src/core/autodiff/grad';
import { gradCheck } from '../../../src/core/gradcheck';
import { mul, sum } from '../../../src/core/ops';
import type { Shape } from '../../../src/core/tensor/shape';
import { Tensor, tensor } from '../../../src/core/tensor/tensor';

export interface OpCase {
  /** Inputs as flat values and shapes; `grad: false` marks inputs not differentiated (labels). */
  inputs: { values: number[]; shape: Shape; grad?: boolean }[];
  build: (xs: Tensor[]) => Tensor;
}

/** Returns the worst relative error over every differentiated input coordinate. */
export function worstOpError(c: OpCase, h = 1e-3): { error: number; where: string } {
  const consts = c.inputs.map((i) => tensor(i.values, i.shape));
  const probe = c.build(consts);
  const weights = tensor(probe.data.map((_, i) => 0.5 + ((i * 0.618034) % 1)), probe.shape);
  const loss = (xs: Tensor[]): Tensor => sum(mul(c.build(xs), weights));
  const { grads } = valueAndGrad((...xs: Tensor[]) => loss(xs))(...consts);
  let worst = { error: 0, where: '' };
  c.inputs.forEach((inp, k) => {
    if (inp.grad === false) return;
    const w = Float64Array.from(inp.values);
    const f = (v: Float64Array): number =>
      loss(consts.map((t, j) => (j === k ? new Tensor(t.shape, v, false) : t))).data[0];
    const r = gradCheck(f, w, grads[k], { h, stencil: 'fivePoint', floor: 1e-4 });
    if (r.maxRelativeError >= worst.error) {
      worst = { error: r.maxRelativeError, where: `input ${k}[${r.worst.index}]: analytic ${r.worst.analytic}, numeric ${r.worst.numeric}` };
    }
  });
  return worst;
}
