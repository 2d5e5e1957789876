/**
 * Keyboard movement of a point, pure: arrows move by a step, Shift by ten steps, Alt by a tenth
 * (Mafs' convention). The result is clamped to the domain and rounded to the step's precision,
 * so 0.1 + 0.2 lands on 0.3 and not 0.30000000000000004.
 */
import type { Interval, Vec2 } from '../../state/schema';
import { decimalsOf } from '../format';

export interface Domain2 {
  x: Interval;
  y: Interval;
}

export interface Modifiers {
  shiftKey?: boolean;
  altKey?: boolean;
}

/** Unit direction of an arrow key (y up, as in data coordinates), or null for other keys. */
export function arrowDirection(key: string): Vec2 | null {
  switch (key) {
    case 'ArrowRight':
      return [1, 0];
    case 'ArrowLeft':
      return [-1, 0];
    case 'ArrowUp':
      return [0, 1];
    case 'ArrowDown':
      return [0, -1];
    default:
      return null;
  }
}

/** Shift: ×10 (coarser). Alt: ÷10 (finer). Both cancel out. */
export function stepMultiplier({ shiftKey = false, altKey = false }: Modifiers): number {
  return (shiftKey ? 10 : 1) * (altKey ? 0.1 : 1);
}

export function clampToDomain([x, y]: Vec2, domain: Domain2): Vec2 {
  return [Math.min(domain.x[1], Math.max(domain.x[0], x)), Math.min(domain.y[1], Math.max(domain.y[0], y))];
}

/** v without float noise below the step's precision (six digits finer, so off-step values keep their offset). */
function clean(v: number, step: number): number {
  const digits = Math.min(20, decimalsOf(step) + 6);
  return Number(v.toFixed(digits)) + 0; // + 0 turns −0 into 0
}

/** The point after an arrow key, or null if the key is not an arrow. */
export function nudge(point: Vec2, key: string, modifiers: Modifiers, step: Vec2, domain: Domain2): Vec2 | null {
  const dir = arrowDirection(key);
  if (!dir) return null;
  const m = stepMultiplier(modifiers);
  const sx = step[0] * m, sy = step[1] * m;
  const moved: Vec2 = [clean(point[0] + dir[0] * sx, sx), clean(point[1] + dir[1] * sy, sy)];
  return clampToDomain(moved, domain);
}

/** A round step of about 1/100 of a span: 4 → 0.1 (nearest power of ten), 10 → 0.1, 1 → 0.01. */
export function defaultPointStep(span: number): number {
  return 10 ** Math.round(Math.log10(span / 100));
}
