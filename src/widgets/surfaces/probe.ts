/**
 * Where the probe may be on a surface: its window, shrunk inwards to round numbers so that a
 * probe on the edge stays on the edge after a link's 6-digit rounding (the line-fit error's
 * window ends at −2.757075162…; rounded to 6 digits that would lie outside, and be moved back,
 * forever). A stored probe outside the window is moved to the nearest point inside, with a
 * sentence saying so.
 */
import type { Surface } from '../../core';
import type { Interval } from '../state';
import { formatNumber, formatPoint } from './formatNumber';

export interface ProbeWindow {
  x: Interval;
  y: Interval;
}

/** [lo, hi] shrunk to multiples of 10^(⌊log₁₀ span⌋ − 4): five significant digits at most. */
function inward([lo, hi]: Interval): Interval {
  const step = 10 ** (Math.floor(Math.log10(hi - lo)) - 4);
  const clean = (v: number) => Number(v.toPrecision(12)) + 0;
  return [clean(Math.ceil(lo / step) * step), clean(Math.floor(hi / step) * step)];
}

export function probeWindow(domain: Surface['domain']): ProbeWindow {
  return { x: inward(domain.x), y: inward(domain.y) };
}

export interface ClampedProbe {
  x: number;
  y: number;
  /** True if (x, y) differs from the input. */
  moved: boolean;
  /** One sentence when moved, else none. */
  problems: string[];
}

const clamp = (v: number, [lo, hi]: Interval): number => Math.min(hi, Math.max(lo, v));

/** (x, y) moved into the window if it is outside (surfaceName goes into the message). */
export function clampProbe(x: number, y: number, window: ProbeWindow, surfaceName: string): ClampedProbe {
  const cx = clamp(x, window.x), cy = clamp(y, window.y);
  const moved = cx !== x || cy !== y;
  const problems = moved
    ? [
        `The probe ${formatPoint(x, y)} is outside the ${surfaceName} window (x from ${formatNumber(window.x[0])} to ${formatNumber(window.x[1])}, y from ${formatNumber(window.y[0])} to ${formatNumber(window.y[1])}); moved to ${formatPoint(cx, cy)}.`,
      ]
    : [];
  return { x: cx, y: cy, moved, problems };
}
