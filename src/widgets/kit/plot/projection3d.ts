/**
 * The math of a rotatable 3-D view, pure (no DOM): a rotation from world to view coordinates,
 * a projection to screen pixels, and a far-to-near order for the painter's algorithm.
 *
 * World: x to the right, y away from the reader (north on a map), z up. The view turns the world
 * by `yaw` about the z axis (counterclockwise seen from above), then looks at it from `pitch`
 * degrees above the horizon. In view coordinates, (right, up, depth): right and up are screen
 * directions, depth grows away from the eye. Pitch 90° looks straight down, so yaw 0, pitch 90
 * is the contour map's view (x right, y up); pitch 0 looks at the horizon.
 *
 *   yawed:  x₁ = x cos ψ − y sin ψ,  y₁ = x sin ψ + y cos ψ,  z₁ = z
 *   view:   right = x₁,  up = y₁ sin φ + z₁ cos φ,  depth = y₁ cos φ − z₁ sin φ
 *
 * Both steps are rotations, so lengths and angles are preserved (the matrix is orthogonal). Its
 * rows (right, up, depth) form a left-handed frame, as screens do: right × up points at the eye.
 */

/** A point or direction in space. */
export type Vec3 = [x: number, y: number, z: number];

/** A 3×3 matrix, row-major: rows are the view's right, up and depth axes in world coordinates. */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

const RAD = Math.PI / 180;

/** World → view rotation for a turn of `yawDeg` and a tilt of `pitchDeg` (degrees). */
export function viewRotation(yawDeg: number, pitchDeg: number): Mat3 {
  const cy = Math.cos(yawDeg * RAD), sy = Math.sin(yawDeg * RAD);
  const cp = Math.cos(pitchDeg * RAD), sp = Math.sin(pitchDeg * RAD);
  // Rows: right = (cos ψ, −sin ψ, 0); up = sin φ·(sin ψ, cos ψ, 0) + cos φ·(0, 0, 1);
  // depth = cos φ·(sin ψ, cos ψ, 0) − sin φ·(0, 0, 1).
  return [cy, -sy, 0, sp * sy, sp * cy, cp, cp * sy, cp * cy, -sp];
}

/** m · p. */
export function rotate(m: Mat3, p: Readonly<Vec3>): Vec3 {
  return [
    m[0] * p[0] + m[1] * p[1] + m[2] * p[2],
    m[3] * p[0] + m[4] * p[1] + m[5] * p[2],
    m[6] * p[0] + m[7] * p[1] + m[8] * p[2],
  ];
}

/** How view coordinates become pixels. */
export interface Camera {
  /** Pixels per world unit at the centre's depth. */
  scale: number;
  /** Pixel position of the world origin. */
  cx: number;
  cy: number;
  /** Eye distance from the origin in world units; Infinity is orthographic (no perspective). */
  distance: number;
}

/**
 * Screen position and depth of a world point: [px, py, depth]. py grows downwards (canvas and
 * SVG). With a finite distance D, sizes shrink by D / (D + depth): farther is smaller.
 */
export function project(m: Mat3, camera: Camera, p: Readonly<Vec3>): Vec3 {
  const [right, up, depth] = rotate(m, p);
  const f = perspectiveFactor(camera.distance, depth);
  return [camera.cx + camera.scale * f * right, camera.cy - camera.scale * f * up, depth];
}

/** D / (D + depth), 1 when orthographic. */
export function perspectiveFactor(distance: number, depth: number): number {
  return Number.isFinite(distance) ? distance / (distance + depth) : 1;
}

/**
 * Projects many points at once: xyz holds x₀, y₀, z₀, x₁, …; writes px, py pairs into `screen`
 * and depths into `depth` (no allocation: a drag re-projects every frame).
 */
export function projectAll(m: Mat3, camera: Camera, xyz: ArrayLike<number>, screen: Float64Array, depth: Float64Array): void {
  const n = Math.floor(xyz.length / 3);
  const { scale, cx, cy, distance } = camera;
  const persp = Number.isFinite(distance);
  for (let i = 0; i < n; i++) {
    const x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
    const right = m[0] * x + m[1] * y + m[2] * z;
    const up = m[3] * x + m[4] * y + m[5] * z;
    const d = m[6] * x + m[7] * y + m[8] * z;
    const f = persp ? distance / (distance + d) : 1;
    screen[2 * i] = cx + scale * f * right;
    screen[2 * i + 1] = cy - scale * f * up;
    depth[i] = d;
  }
}

/**
 * Painter's order: indices 0 … n−1 sorted by depth, farthest first, so nearer things are drawn
 * over farther ones. Ties keep index order. NaN depths go first (drawn under everything;
 * callers skip what they cannot draw anyway).
 *
 * A drag re-sorts ~1,700 faces per frame, so this is a counting sort into depth buckets
 * (linear time) followed by an insertion sort, which makes the order exact and costs little
 * on an almost sorted list.
 */
export function depthOrder(depths: ArrayLike<number>, n = depths.length, out?: Uint32Array): Uint32Array {
  const order = out && out.length >= n ? out.subarray(0, n) : new Uint32Array(n);
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = depths[i];
    if (Number.isFinite(d)) {
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  // Bucket 0 holds NaN (first); buckets 1 … B hold finite depths, the deepest in bucket 1.
  const B = Math.max(1, Math.min(4096, n));
  const span = hi > lo ? hi - lo : 1;
  const bucketOf = (d: number): number =>
    Number.isFinite(d) ? 1 + Math.min(B - 1, Math.floor(((hi - d) / span) * B)) : Number.isNaN(d) ? 0 : d > 0 ? 1 : B;
  const starts = new Uint32Array(B + 2);
  for (let i = 0; i < n; i++) starts[bucketOf(depths[i]) + 1]++;
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
  for (let i = 0; i < n; i++) order[starts[bucketOf(depths[i])]++] = i; // stable: index order within a bucket
  // Exact order: NaN first, then deeper first, equal depths by index.
  const before = (a: number, b: number): boolean => {
    const da = depths[a], db = depths[b];
    if (Number.isNaN(da) || Number.isNaN(db)) return Number.isNaN(da) && (!Number.isNaN(db) || a < b);
    return da > db || (da === db && a < b);
  };
  for (let k = 1; k < n; k++) {
    const cur = order[k];
    let j = k - 1;
    while (j >= 0 && before(cur, order[j])) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = cur;
  }
  return order;
}

/** Space kept free on each side of the drawing, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The camera that keeps a box of half-extents (bx, by, bz), centred on the origin, inside
 * width × height minus `insets` at every yaw and at every pitch in [0°, 90°], so turning and
 * tilting never zoom. Found numerically: the box's corners are projected at unit scale from
 * views 5° apart, and the scale is the largest that fits the widest of them (perspective makes
 * the near corners bigger, which an analytic bound would overestimate).
 */
export function fitCamera(half: Readonly<Vec3>, width: number, height: number, insets: Insets, distance: number): Camera {
  const [bx, by, bz] = half;
  let maxRight = 0, maxUp = 0;
  for (let pitch = 0; pitch <= 90; pitch += 5) {
    for (let yaw = 0; yaw < 360; yaw += 5) {
      const m = viewRotation(yaw, pitch);
      for (const sx of [-1, 1]) {
        for (const sy of [-1, 1]) {
          for (const sz of [-1, 1]) {
            const [right, up, depth] = rotate(m, [sx * bx, sy * by, sz * bz]);
            const f = perspectiveFactor(distance, depth);
            if (f > 0) {
              maxRight = Math.max(maxRight, Math.abs(right * f));
              maxUp = Math.max(maxUp, Math.abs(up * f));
            }
          }
        }
      }
    }
  }
  const w = Math.max(1, width - insets.left - insets.right) / 2;
  const h = Math.max(1, height - insets.top - insets.bottom) / 2;
  const scale = Math.min(w / (maxRight || 1), h / (maxUp || 1));
  return { scale, cx: insets.left + w, cy: insets.top + h, distance };
}

/** An angle in degrees wrapped into [0, 360). */
export function wrapDegrees(deg: number): number {
  const w = deg % 360;
  return w < 0 ? w + 360 : w + 0; // + 0 turns −0 into 0
}
