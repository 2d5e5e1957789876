/**
 * Numbers in the explorer's readout: `digits` significant digits without trailing zeros
 * (3, 0.5, −2.645), powers of ten written out for the very large and very small
 * (1.819 × 10⁵, 3.2 × 10⁻⁷), real minus signs, and words for what is not a number.
 */
import { superscript, typographicMinus as minus } from '../kit/numberText';

export function formatNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'not a number';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) {
    const [mantissa, exponent] = v.toExponential(digits - 1).split('e');
    const m = String(Number(mantissa)); // drops trailing zeros: "1.500" → "1.5"
    const e = superscript(String(Number(exponent)));
    return minus(m === '1' ? `10${e}` : m === '-1' ? `-10${e}` : `${m} × 10${e}`);
  }
  return minus(String(Number(v.toPrecision(digits))));
}

/** (x, y) with the same rules. */
export function formatPoint(x: number, y: number, digits = 4): string {
  return `(${formatNumber(x, digits)}, ${formatNumber(y, digits)})`;
}
