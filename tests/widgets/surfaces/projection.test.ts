/** The 3-D view's math: rotation, projection, painter's order, fitting the box. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Camera,
  type Vec3,
  depthOrder,
  fitCamera,
  perspectiveFactor,
  project,
  rotate,
  viewRotation,
  wrapDegrees,
} from '../../../src/widgets/kit/plot/projection3d';

const angle = fc.double({ min: -720, max: 720, noNaN: true });
const pitch = fc.double({ min: 0, max: 90, noNaN: true });
const coord = fc.double({ min: -10, max: 10, noNaN: true });
const vec = fc.tuple(coord, coord, coord);
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const ortho = (scale = 100, cx = 200, cy = 150): Camera => ({ scale, cx, cy, distance: Infinity });

describe('viewRotation', () => {
  it('preserves lengths and angles (an orthogonal matrix)', () => {
    fc.assert(
      fc.property(angle, pitch, vec, vec, (yaw, p, a, b) => {
        const m = viewRotation(yaw, p);
        const ra = rotate(m, a), rb = rotate(m, b);
        expect(Math.hypot(...ra)).toBeCloseTo(Math.hypot(...a), 9);
        expect(dot(ra, rb)).toBeCloseTo(dot(a, b), 8);
      }),
    );
  });

  it('does not mirror the picture: right × up points at the eye (depth points away)', () => {
    fc.assert(
      fc.property(angle, pitch, (yaw, p) => {
        const m = viewRotation(yaw, p);
        const r: Vec3 = [m[0], m[1], m[2]], u: Vec3 = [m[3], m[4], m[5]], d: Vec3 = [m[6], m[7], m[8]];
        const cross: Vec3 = [r[1] * u[2] - r[2] * u[1], r[2] * u[0] - r[0] * u[2], r[0] * u[1] - r[1] * u[0]];
        cross.forEach((c, k) => expect(c).toBeCloseTo(-d[k], 12));
      }),
    );
  });

  it('turn 0, tilt 90 looks straight down: the contour map (x right, y up, higher z nearer)', () => {
    const m = viewRotation(0, 90);
    expect(rotate(m, [1, 0, 0]).map((v) => v + 0)).toEqual([1, 0, 0].map((v) => expect.closeTo(v, 15)));
    expect(rotate(m, [0, 1, 0])).toEqual([0, 1, 0].map((v) => expect.closeTo(v, 15)));
    expect(rotate(m, [0, 0, 1])).toEqual([0, 0, -1].map((v) => expect.closeTo(v, 15)));
  });

  it('turn 90, tilt 0: the x axis points straight away from the eye', () => {
    // x₁ = cos 90°·1 = 0, y₁ = sin 90°·1 = 1; right = 0, up = y₁ sin 0 = 0, depth = y₁ cos 0 = 1
    expect(rotate(viewRotation(90, 0), [1, 0, 0])).toEqual([0, 0, 1].map((v) => expect.closeTo(v, 15)));
  });

  it('turn 30°, tilt 45°: (1, 0, 0) by hand', () => {
    // x₁ = cos 30° = 0.866025, y₁ = sin 30° = 0.5
    // right = 0.866025, up = 0.5·sin 45° = 0.353553, depth = 0.5·cos 45° = 0.353553
    const [right, up, depth] = rotate(viewRotation(30, 45), [1, 0, 0]);
    expect(right).toBeCloseTo(0.866025, 6);
    expect(up).toBeCloseTo(0.353553, 6);
    expect(depth).toBeCloseTo(0.353553, 6);
  });
});

describe('project', () => {
  it('orthographic, from above: (0.5, 0.25, 0) lands at (200 + 50, 150 − 25)', () => {
    const [px, py] = project(viewRotation(0, 90), ortho(), [0.5, 0.25, 0]);
    expect(px).toBeCloseTo(250, 10);
    expect(py).toBeCloseTo(125, 10); // screen y grows downwards
  });

  it('turn 30°, tilt 45°, scale 100: (1, 0, 0) by hand', () => {
    const [px, py, depth] = project(viewRotation(30, 45), ortho(), [1, 0, 0]);
    expect(px).toBeCloseTo(200 + 86.6025, 3);
    expect(py).toBeCloseTo(150 - 35.3553, 3);
    expect(depth).toBeCloseTo(0.353553, 6);
  });

  it('perspective shrinks by D / (D + depth): eye 4 away, a point 1 deeper is drawn at 4/5 size', () => {
    // turn 0, tilt 0: (1, 1, 0) has right = 1, up = 0, depth = 1
    const [px, py] = project(viewRotation(0, 0), { scale: 100, cx: 0, cy: 0, distance: 4 }, [1, 1, 0]);
    expect(px).toBeCloseTo(80, 10);
    expect(py).toBeCloseTo(0, 10);
    expect(perspectiveFactor(Infinity, 123)).toBe(1);
  });
});

describe('depthOrder', () => {
  it('farthest first, ties in index order, NaN before everything', () => {
    expect([...depthOrder([0.5, -1, 2, 0.5])]).toEqual([2, 0, 3, 1]);
    expect([...depthOrder([0, NaN, 1])]).toEqual([1, 2, 0]);
    expect([...depthOrder([0, -Infinity, Infinity, NaN])]).toEqual([3, 2, 0, 1]);
  });

  it('is a permutation sorted by decreasing depth, ties by index', () => {
    // many near-equal depths: the bucket pass alone would not order them
    const depth = fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(0, 1e-12, -1e-12, 2));
    fc.assert(
      fc.property(fc.array(depth, { maxLength: 300 }), (d) => {
        const order = [...depthOrder(d)];
        expect([...order].sort((a, b) => a - b)).toEqual(d.map((_, i) => i));
        for (let k = 1; k < order.length; k++) {
          const a = order[k - 1], b = order[k];
          expect(d[a] > d[b] || (d[a] === d[b] && a < b)).toBe(true);
        }
      }),
    );
  });
});

describe('fitCamera', () => {
  const insets = { top: 24, right: 18, bottom: 30, left: 52 };
  it('keeps every corner of the box inside the drawing at any turn and tilt', () => {
    fc.assert(
      fc.property(
        angle,
        pitch,
        fc.constantFrom<Vec3>([1, 1, 0.55], [1, 0.5, 0.55], [0.3, 1, 0.55]),
        fc.constantFrom(Infinity, 7),
        fc.integer({ min: 200, max: 800 }),
        (yaw, p, half, distance, width) => {
          const height = Math.round(width * 0.95);
          const camera = fitCamera(half, width, height, insets, distance);
          const m = viewRotation(yaw, p);
          for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) {
            const [px, py] = project(m, camera, [sx * half[0], sy * half[1], sz * half[2]]);
            // the fit samples views 5° apart: between samples a corner may go 1% further out
            const slack = 0.01 * width;
            expect(px).toBeGreaterThanOrEqual(insets.left - slack);
            expect(px).toBeLessThanOrEqual(width - insets.right + slack);
            expect(py).toBeGreaterThanOrEqual(insets.top - slack);
            expect(py).toBeLessThanOrEqual(height - insets.bottom + slack);
          }
        },
      ),
    );
  });

  it('uses the room: some view touches a side', () => {
    const camera = fitCamera([1, 1, 0.55], 400, 380, insets, Infinity);
    // turn 45°, tilt 0: the diagonal √2 spans the width, so √2·scale = (400 − 52 − 18)/2
    const w = (400 - 52 - 18) / 2, h = (380 - 24 - 30) / 2;
    // widest vertical view: tilt with r sin φ + bz cos φ maximal = √(2 + 0.55²)
    expect(camera.scale).toBeCloseTo(Math.min(w / Math.SQRT2, h / Math.hypot(Math.SQRT2, 0.55)), 1);
  });
});

describe('wrapDegrees', () => {
  it('wraps into [0, 360)', () => {
    expect(wrapDegrees(-10)).toBe(350);
    expect(wrapDegrees(360)).toBe(0);
    expect(wrapDegrees(725)).toBe(5);
    expect(Object.is(wrapDegrees(-0), 0)).toBe(true);
  });
});
