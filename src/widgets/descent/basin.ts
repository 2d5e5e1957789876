/**
 * Which valley a point drains into: follow the slope down from it until it stops, then name
 * the critical point it stopped at (from the surface's list). Used when the map is revealed,
 * to tell the reader which basin the climber ended in and whether it is the lowest one.
 *
 * The descent uses backtracking (Armijo): try a step t along −∇f, halve t until f drops by at
 * least 10⁻⁴·t·|∇f|², so it cannot overshoot into the next valley whatever the scale of f
 * (Nocedal and Wright, Numerical Optimization, §3.1). A few hundred iterations, microseconds.
 */
import type { CriticalKind, Surface } from '../../core';
import type { Vec2 } from '../state';

export interface Basin {
  /** The critical point the slope leads to. */
  readonly point: Vec2;
  readonly kind: CriticalKind;
  /** f there. */
  readonly f: number;
  /** A minimum as low as the surface's lowest? */
  readonly global: boolean;
  /** Distance from the query point to it. */
  readonly distance: number;
}

const MAX_ITERATIONS = 5000;
const ARMIJO = 1e-4;
/** How close the descent must end to a listed critical point to be named after it. */
const MATCH_DISTANCE = 1e-3;

/**
 * Where steepest descent from `start` comes to rest. No step is longer than `maxStep`, so the
 * path follows the slope closely (the gradient flow) instead of leaping over a ridge into the
 * next valley; near the bottom the Armijo halving keeps every step downhill.
 */
export function descendToRest(surface: Surface, start: Vec2, maxStep: number): Vec2 {
  let [x, y] = start;
  let f = surface.value(x, y);
  let t = 1;
  const g = new Float64Array(2);
  for (let k = 0; k < MAX_ITERATIONS; k++) {
    surface.gradient(x, y, g);
    const g2 = g[0] * g[0] + g[1] * g[1];
    if (!(g2 > 1e-24)) break;
    t = Math.min(2 * t, maxStep / Math.sqrt(g2)); // let the step grow back after a cautious stretch
    let nx = x - t * g[0], ny = y - t * g[1], nf = surface.value(nx, ny);
    while (!(nf <= f - ARMIJO * t * g2) && t > 1e-14) {
      t /= 2;
      nx = x - t * g[0];
      ny = y - t * g[1];
      nf = surface.value(nx, ny);
    }
    if (!(nf <= f - ARMIJO * t * g2)) break; // no decrease left at machine precision
    x = nx;
    y = ny;
    f = nf;
  }
  return [x, y];
}

/**
 * The basin `p` lies in, or null when the descent stops near no listed critical point.
 * `maxStep` bounds each step of the descent (a few hundredths of the map's width).
 */
export function basinOf(surface: Surface, p: Vec2, maxStep: number): Basin | null {
  const [x, y] = descendToRest(surface, p, maxStep);
  let best: { point: Vec2; kind: CriticalKind } | null = null;
  let bestDistance = Infinity;
  for (const c of surface.criticalPoints) {
    const d = Math.hypot(c.point[0] - x, c.point[1] - y);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (!best || bestDistance > MATCH_DISTANCE) return null;
  const f = surface.value(best.point[0], best.point[1]);
  const lowest = Math.min(...surface.minima.map(([mx, my]) => surface.value(mx, my)));
  return {
    point: best.point,
    kind: best.kind,
    f,
    global: best.kind === 'minimum' && f <= lowest + 1e-9 * Math.max(1, Math.abs(lowest)),
    distance: Math.hypot(best.point[0] - p[0], best.point[1] - p[1]),
  };
}

/** The minima of the surface and their altitudes, lowest first (the reveal marks them). */
export function minimaOf(surface: Surface): { point: Vec2; f: number; global: boolean }[] {
  const all = surface.criticalPoints.filter((c) => c.kind === 'minimum').map((c) => ({ point: c.point, f: surface.value(c.point[0], c.point[1]) }));
  const lowest = Math.min(...all.map((m) => m.f));
  return all
    .map((m) => ({ ...m, global: m.f <= lowest + 1e-9 * Math.max(1, Math.abs(lowest)) }))
    .sort((a, b) => a.f - b.f);
}
