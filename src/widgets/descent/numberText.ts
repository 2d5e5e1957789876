/**
 * Numbers inside sentences ("the loss is 5.2 × 10⁻¹⁰ of where it started"): three significant
 * digits, a typographic minus, and powers of ten written out rather than as "5.2e-10", which
 * reads as code. Pure, so the chapter's prose and the widgets print the same text.
 */
import { fixed, MINUS, superscript } from '../kit/numberText';

/** Trailing zeros of a decimal fraction removed: "1.50" → "1.5", "2.00" → "2". */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * x to `digits` significant digits: 0.7, 1.96, 0.00523, 12,300, 5.2 × 10⁻¹⁰, 3 × 10⁸.
 * Plain decimals from 10⁻³ up to 10⁶; powers of ten outside. Non-finite values as ∞ or NaN.
 */
export function formatNumber(x: number, digits = 3): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  if (x === 0) return '0';
  const sign = x < 0 ? MINUS : '';
  const ax = Math.abs(x);
  const rounded = Number(ax.toPrecision(digits));
  if (rounded >= 1e-3 && rounded < 1e6) {
    if (rounded >= 1e4) return sign + rounded.toLocaleString('en-US', { maximumFractionDigits: 0 });
    // toPrecision may answer in exponent form (1.23e+3); go through Number to get plain digits
    return sign + trimZeros(String(rounded));
  }
  const [mantissa, exponent] = ax.toExponential(digits - 1).split('e');
  const m = trimZeros(mantissa);
  const power = `10${superscript(String(Number(exponent)))}`;
  return sign + (m === '1' ? power : `${m} × ${power}`);
}

/** A fraction as a percentage in words: 0.95 → "95%", 0.0462 → "4.62%". */
export function formatPercent(fraction: number, digits = 3): string {
  return `${formatNumber(100 * fraction, digits)}%`;
}

/** Fixed decimals with a typographic minus, for coordinates: (−2.50, 1.20). */
export function formatFixed(x: number, decimals = 2): string {
  return Number.isFinite(x) ? fixed(x, decimals) : formatNumber(x);
}
