/**
 * Numbers across many powers of ten, as a reader reads them: "1.3 × 10⁻⁹" rather than
 * "1.3e-9" (the text a screen reader speaks is the same characters, and reads well).
 */
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** "10⁻⁵" for −5. */
export function powerOfTen(exponent: number): string {
  return `10${String(exponent).replace(/[-\d]/g, (c) => SUPERSCRIPT[c])}`;
}

/**
 * `digits` significant digits in scientific form: 1.3 × 10⁻⁹, 4.2 × 10⁻⁸; an exact power of
 * ten as 10⁻⁵ alone; 0 as "0". Minus signs are U+2212.
 */
export function sci(value: number, digits = 2): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  const [mantissa, exp] = value.toExponential(digits - 1).split('e');
  const e = Number(exp);
  const m = mantissa.replace('-', '−');
  if (Number(mantissa) === 1) return powerOfTen(e);
  if (e === 0) return m;
  return `${m} × ${powerOfTen(e)}`;
}

/** A signed fixed-point number with U+2212 for minus: −0.909506612345. */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toFixed(decimals).replace('-', '−');
}

/** Whole numbers with thousands separators: 11,935. */
export function whole(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
