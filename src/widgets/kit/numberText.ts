/**
 * The pieces widgets write numbers with, as a reader reads them: a real minus sign (U+2212),
 * powers of ten with superscript exponents ("1.3 × 10⁻⁹", not "1.3e-9", which reads as code and
 * which a screen reader spells out), fixed decimals, counts with thousands separators. Each
 * widget picks its own composite format (how many digits, when to switch to powers of ten);
 * the characters come from here. Chapters format their prose with chapters/format.ts.
 */

export const MINUS = '\u2212';

/** "-0.5" → "−0.5". */
export function typographicMinus(text: string): string {
  return text.replace(/-/g, MINUS);
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', [MINUS]: '⁻',
};

/** "−12" → "⁻¹²"; other characters are kept. */
export function superscript(text: string): string {
  return [...text].map((c) => SUPERSCRIPTS[c] ?? c).join('');
}

/** "10⁻⁵" for −5. */
export function powerOfTen(exponent: number): string {
  return `10${superscript(String(exponent))}`;
}

/** `digits` significant digits as "1.3 × 10⁻⁹"; "10⁻⁵" when the mantissa is 1, no power for 10⁰. */
export function sci(value: number, digits = 2): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  const [mantissa, exp] = value.toExponential(digits - 1).split('e');
  const e = Number(exp);
  const m = typographicMinus(mantissa);
  if (Number(mantissa) === 1) return powerOfTen(e);
  if (e === 0) return m;
  return `${m} × ${powerOfTen(e)}`;
}

/** Fixed decimals with a real minus; a value that rounds to zero shows no sign. */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const s = value.toFixed(decimals);
  return Number(s) === 0 ? s.replace('-', '') : typographicMinus(s);
}

/** A whole number with thousands separators: 11935 → "11,935". */
export function count(n: number): string {
  return typographicMinus(Math.round(n).toLocaleString('en-US'));
}
