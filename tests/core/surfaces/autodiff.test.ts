/**
 * Each surface's hand-written gradient against the autodiff engine differentiating the same
 * formula, written here a second time with the engine's ops. Values agree to 1e-12 relative
 * and gradients to 1e-10 in norm-wise relative error ‖g − a‖ / max(‖g‖, ‖a‖) (per coordinate
 * a component can cancel to nearly zero, as ∂/∂x of the monkey saddle does where |x| = |y|):
 * two independent derivations that differ only by rounding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueAndGrad } from '../../../src/core/autodiff/grad';
import { LINREG7 } from '../../../src/core/data/linreg7';
import { relativeError } from '../../../src/core/gradcheck';
import { abs, add, mean, mul, pow, square, sub } from '../../../src/core/ops';
import { createSurface } from '../../../src/core/surfaces/registry';
import type { Surface } from '../../../src/core/surfaces/surface';
import { scalar, type Tensor, wrap } from '../../../src/core/tensor/tensor';

type Expr = (x: Tensor, y: Tensor) => Tensor;
const xs = wrap(LINREG7.x, [7]), ys = wrap(LINREG7.y, [7]);

const cases: [string, Surface, Expr][] = [
  ['rosenbrock', createSurface('rosenbrock'), (x, y) => add(square(sub(1, x)), mul(100, square(sub(y, square(x)))))],
  ['beale', createSurface('beale'), (x, y) => add(add(
    square(add(sub(1.5, x), mul(x, y))),
    square(add(sub(2.25, x), mul(x, square(y))))),
    square(add(sub(2.625, x), mul(x, pow(y, 3)))))],
  ['himmelblau', createSurface('himmelblau'), (x, y) => add(square(sub(add(square(x), y), 11)), square(sub(add(x, square(y)), 7)))],
  ['saddle', createSurface('saddle'), (x, y) => sub(square(x), square(y))],
  ['monkeySaddle', createSurface('monkeySaddle'), (x, y) => sub(pow(x, 3), mul(3, mul(x, square(y))))],
  ['sixHumpCamel', createSurface('sixHumpCamel'), (x, y) => add(add(
    mul(add(sub(4, mul(2.1, square(x))), mul(1 / 3, pow(x, 4))), square(x)),
    mul(x, y)),
    mul(add(-4, mul(4, square(y))), square(y)))],
  ['linregMse with l1 and l2', createSurface('linregMse', { xs: LINREG7.x, ys: LINREG7.y, l1: 0.3, l2: 0.7 }),
    (m, b) => add(add(mean(square(sub(add(mul(xs, m), b), ys))), mul(0.3, abs(m))), mul(0.35, square(m)))],
];

// The quadratic's value from its own Hessian A: ½ dᵀ A d with d = p − c.
const quad = createSurface('quadratic', { conditionNumber: 30, rotationDeg: 35, center: [0.5, -1] });
const [axx, axy, , ayy] = quad.hessianAt(0, 0);
cases.push(['quadratic', quad, (x, y) => {
  const dx = sub(x, 0.5), dy = add(y, 1);
  return mul(0.5, add(add(mul(axx, square(dx)), mul(2 * axy, mul(dx, dy))), mul(ayy, square(dy))));
}]);

describe('analytic gradients agree with autodiff', () => {
  for (const [name, surface, expr] of cases) {
    it(name, () => {
      const [x0, x1] = surface.domain.x, [y0, y1] = surface.domain.y;
      const point = fc.tuple(fc.double({ min: x0, max: x1, noNaN: true }), fc.double({ min: y0, max: y1, noNaN: true }))
        .filter(([x]) => Math.abs(x) > 1e-3); // linregMse's |m| has a kink at m = 0
      fc.assert(fc.property(point, ([x, y]) => {
        const { value, grads } = valueAndGrad(expr)(scalar(x), scalar(y));
        expect(relativeError(surface.value(x, y), value)).toBeLessThan(1e-12);
        const g = surface.gradient(x, y);
        const a = [grads[0][0], grads[1][0]];
        const scale = Math.max(Math.hypot(g[0], g[1]), Math.hypot(a[0], a[1]));
        expect(scale === 0 ? 0 : Math.hypot(g[0] - a[0], g[1] - a[1]) / scale).toBeLessThan(1e-10);
      }), { numRuns: 100 });
    });
  }
});
