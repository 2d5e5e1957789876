/**
 * The six-hump camel function f = (4 − 2.1x² + x⁴/3) x² + xy + (4y² − 4) y² (Dixon and Szegő,
 * 1978): six local minima, two of them global, so a local method's answer depends on where it
 * starts. f(−x, −y) = f(x, y), so critical points come in pairs ±p.
 */
import { defineSurface } from './surface';
import type { CriticalKind, Surface, Vec2 } from './surface';

function value(x: number, y: number): number {
  const x2 = x * x, y2 = y * y;
  return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (4 * y2 - 4) * y2;
}

// fx = 8x − 8.4x³ + 2x⁵ + y,  fy = x − 8y + 16y³
function gradient(x: number, y: number, out: Float64Array): void {
  const x2 = x * x;
  out[0] = x * (8 - 8.4 * x2 + 2 * x2 * x2) + y;
  out[1] = x - 8 * y + 16 * y * y * y;
}

// fxx = 8 − 25.2x² + 10x⁴,  fxy = 1,  fyy = 48y² − 8
function hessian(x: number, y: number, out: Float64Array): void {
  const x2 = x * x;
  out[0] = 8 - 25.2 * x2 + 10 * x2 * x2;
  out[1] = 1;
  out[2] = 1;
  out[3] = 48 * y * y - 8;
}

// One of each ±p pair, to full double precision by Newton's method from a grid (checked in the
// tests). The origin is a saddle of its own.
const HALF: readonly { point: Vec2; kind: CriticalKind }[] = [
  { point: [0.08984201310031807, -0.7126564030207396], kind: 'minimum' }, // global, f ≈ −1.0316
  { point: [1.7036067149699812, -0.7960835686726251], kind: 'minimum' },
  { point: [1.607104752920198, 0.5686514548841313], kind: 'minimum' },
  { point: [1.2302298765166526, 0.16233458445899498], kind: 'maximum' },
  { point: [1.1092053368047863, -0.7682680925095399], kind: 'saddle' },
  { point: [1.2960702671671092, 0.6050843880386585], kind: 'saddle' },
  { point: [1.6380679841897785, 0.22867406904439408], kind: 'saddle' },
];
const neg = (p: Vec2): Vec2 => [-p[0], -p[1]];
const GLOBAL_MINIMUM = HALF[0].point;

export function createSixHumpCamel(): Surface {
  return defineSurface({
    name: 'sixHumpCamel',
    title: 'Six-hump camel',
    formula: String.raw`f(x, y) = \left(4 - 2.1x^2 + \tfrac{x^4}{3}\right)x^2 + xy + \left(4y^2 - 4\right)y^2`,
    value,
    gradient,
    hessian,
    minima: [GLOBAL_MINIMUM, neg(GLOBAL_MINIMUM)],
    criticalPoints: [
      ...HALF.flatMap((c) => [c, { point: neg(c.point), kind: c.kind }]),
      { point: [0, 0], kind: 'saddle' },
    ],
    domain: { x: [-2, 2], y: [-1, 1] },
    start: [-1.5, -0.9],
  });
}
