/**
 * How chapters print computed numbers: fixed decimals, thousands separators and a typographic
 * minus, so every *.numbers.ts module formats the same way. Throws on NaN or Infinity, so a
 * broken computation fails the build instead of printing "NaN" in the prose.
 */
const MINUS = '\u2212';

/** Adds thousands separators to a string of digits (no sign, no decimal point). */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Fixed decimals, thousands separators and a typographic minus: fmt(-1234.5, 2) → "−1,234.50".
 * With `trim`, trailing zeros after the point are dropped, keeping at least `minDecimals`
 * (default 0): fmt(95.44, 3, { trim: true }) → "95.44", fmt(2, 2, { trim: true, minDecimals: 1 }) → "2.0".
 * A value that rounds to zero never shows a minus sign.
 */
export function fmt(x: number, decimals: number, opts: { trim?: boolean; minDecimals?: number } = {}): string {
  if (!Number.isFinite(x)) throw new Error(`fmt: ${x} is not a finite number`);
  let s = Math.abs(x).toFixed(decimals);
  if (opts.trim && s.includes('.')) {
    const keep = Math.min(opts.minDecimals ?? 0, decimals);
    const [i, f] = s.split('.');
    let frac = f;
    while (frac.length > keep && frac.endsWith('0')) frac = frac.slice(0, -1);
    s = frac.length > 0 ? `${i}.${frac}` : i;
  }
  const [int, frac] = s.split('.');
  const body = groupDigits(int) + (frac === undefined ? '' : `.${frac}`);
  const isZero = Number(s) === 0;
  return x < 0 && !isZero ? MINUS + body : body;
}

/** A whole number with thousands separators: 11935 → "11,935". */
export function fmtInt(x: number | bigint): string {
  if (typeof x === 'number' && !Number.isSafeInteger(x)) throw new Error(`fmtInt: ${x} is not a safe integer`);
  const s = x.toString();
  return s.startsWith('-') ? MINUS + groupDigits(s.slice(1)) : groupDigits(s);
}

/** Scientific notation as two strings, for "mantissa × 10^exponent": 8.88e-16 → "8.9", "−16". */
export function sci(x: number, digits = 2): { mantissa: string; exponent: string } {
  if (x === 0) return { mantissa: '0', exponent: '0' };
  const [m, e] = x.toExponential(digits - 1).split('e');
  return { mantissa: fmt(Number(m), digits - 1), exponent: fmtInt(Number(e)) };
}
