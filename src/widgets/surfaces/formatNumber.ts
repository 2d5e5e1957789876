/**
 * Numbers in the explorer's readout: `digits` significant digits without trailing zeros
 * (3, 0.5, −2.645), powers of ten written out for the very large and very small
 * (1.819 × 10⁵, 3.2 × 10⁻⁷), real minus signs, and words for what is not a number.
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

const minus = (s: string): string => s.replace(/-/g, '−');

export function formatNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'not a number';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) {
    const [mantissa, exponent] = v.toExponential(digits - 1).split('e');
    const m = String(Number(mantissa)); // drops trailing zeros: "1.500" → "1.5"
    const e = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
    return minus(m === '1' ? `10${e}` : m === '-1' ? `-10${e}` : `${m} × 10${e}`);
  }
  return minus(String(Number(v.toPrecision(digits))));
}

/** (x, y) with the same rules. */
export function formatPoint(x: number, y: number, digits = 4): string {
  return `(${formatNumber(x, digits)}, ${formatNumber(y, digits)})`;
}
