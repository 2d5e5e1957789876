/**
 * The pieces widgets write numbers with, as a reader reads them: a real minus sign (U+2212),
 * powers of ten with superscript exponents ("1.3 × 10⁻⁹", not "1.3e-9", which reads as code and
 * which a screen reader spells out), fixed decimals, counts with thousands separators. Each
 * widget picks its own composite format (how many digits, when to switch to powers of ten);
 * the characters come from here. Chapters format their prose with chapters/format.ts.
 */

import { grouped, sci, typographicMinus } from '../../core/numberText';

export { grouped, MINUS, powerOfTen, readableNumber, sci, superscript, typographicMinus } from '../../core/numberText';

/** Fixed decimals with a real minus; a value that rounds to zero shows no sign. */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const s = value.toFixed(decimals);
  return Number(s) === 0 ? s.replace('-', '') : typographicMinus(s);
}

/** A whole number with thousands separators: 11935 → "11,935". */
export function count(n: number): string {
  return typographicMinus(grouped(Math.round(n)));
}

/**
 * `digits` significant digits keeping trailing zeros ("2.00", "0.693", "12.3", "1,240"), a power
 * of ten outside [10⁻³, 10⁵): for readouts, where numbers sit side by side and "2" beside
 * "1.35" would look less precise than it is.
 */
export function significant(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const a = Math.abs(value);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return sci(value, digits);
  if (a >= 10 ** digits) return count(value);
  return typographicMinus(value.toPrecision(digits));
}

/** A count and its noun: "1 iteration", "2,000 iterations". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
