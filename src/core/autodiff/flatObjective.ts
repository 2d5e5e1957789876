/**
 * A function of tensors as an optimizer's objective. `valueAndGrad(f)` returns one gradient per
 * argument, while an optimizer wants one flat vector w and one flat gradient g beside it. This
 * lays the arguments out one after another in w (as a ParameterSet does a model's weights):
 *
 *   const f = flatObjective((x, y) => add(square(sub(1, x)), mul(100, square(sub(y, square(x))))), [[], []]);
 *   const w = Float64Array.of(-1.5, 2), g = new Float64Array(f.dim);
 *   const opt = adam({ lr: 0.01 });
 *   for (let t = 0; t < 100; t++) { f.valueAndGrad(w, g); opt.step(w, g); }
 *   // or: train(surfaceProblem(f, [-1.5, 2]), adam({ lr: 0.01 }), { steps: 100 })
 *
 * Each evaluation builds the graph afresh (eager, like valueAndGrad): simple, and fast enough
 * for a teaching-sized function; a training loop over a fixed graph replays a Program instead.
 */
import type { Objective } from '../optim/objective';
import { ShapeError } from '../errors';
import { formatShape, type Shape, sizeOf, validateShape } from '../tensor/shape';
import { Tensor } from '../tensor/tensor';
import { backward, requireScalar } from './graph';

/**
 * `f` of arguments with the given shapes ([] for a scalar) as an Objective over the flat
 * vector of all their values, in argument order: valueAndGrad(w, g) writes ∂f/∂w into g.
 */
export function flatObjective(f: (...args: Tensor[]) => Tensor, shapes: readonly Shape[]): Objective {
  const op = 'flatObjective';
  const list = shapes;
  list.forEach((s) => validateShape(op, s));
  if (f.length > list.length) throw new ShapeError(op, `f takes ${f.length} arguments, but shapes has ${list.length}`);
  const sizes = list.map(sizeOf);
  const offsets = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  const dim = sizes.reduce((a, b) => a + b, 0);
  return {
    dim,
    valueAndGrad(w, g) {
      if (w.length !== dim || g.length !== dim) {
        throw new ShapeError(op, `w and g must have ${dim} entries (shapes ${list.map(formatShape).join(', ')}), got ${w.length} and ${g.length}`);
      }
      // Views into w, so f reads the caller's values without a copy; gradients land in g.
      const leaves = list.map((s, i) => new Tensor(s, w.subarray(offsets[i], offsets[i] + sizes[i]), true));
      const out = f(...leaves);
      requireScalar(op, out);
      backward(out);
      leaves.forEach((t, i) => {
        if (out.requiresGrad && t.grad) g.set(t.grad, offsets[i]);
        else g.fill(0, offsets[i], offsets[i] + sizes[i]);
      });
      return out.data[0];
    },
  };
}
