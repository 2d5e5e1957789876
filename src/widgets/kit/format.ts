/**
 * Numbers as readers see them (controls, tooltips, aria-valuetext). Not the link format: links
 * keep 6 significant digits (state/numbers.ts); this keeps as many as the control can set.
 */
import { format } from 'd3';

/** Decimals that a step can produce: 0.01 → 2, 0.5 → 1, 1 → 0, 2.5e-3 → 4. */
export function decimalsOf(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d <= 12; d++) {
    if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9 * 10 ** d) return d;
  }
  return 12;
}

const general = format('.3~g');
const whole = format(',d');

/**
 * A value for display: whole numbers with separators (1,024), numbers on a step with that
 * step's decimals (0.50), anything else to 3 significant digits (0.00316, 1.2e-5).
 * Minus signs are U+2212, as d3-format writes them.
 */
export function formatValue(value: number, options: { step?: number; integer?: boolean } = {}): string {
  if (!Number.isFinite(value)) return String(value);
  if (options.integer) return whole(Math.round(value));
  if (options.step !== undefined) return format(`.${decimalsOf(options.step)}f`)(value);
  return general(value);
}
