/**
 * How numbers are written into links and read back. State numbers are kept at 6 significant
 * digits (the codec canonicalizes every value it accepts), so a shared link reproduces exactly
 * the state on screen and `decode(encode(s))` is the identity.
 */

/** Significant digits kept in state and written into links. */
export const SIGNIFICANT_DIGITS = 6;

/** x rounded to `digits` significant digits (non-finite values pass through; −0 becomes 0). */
export function roundSignificant(x: number, digits = SIGNIFICANT_DIGITS): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  return Number(x.toPrecision(digits));
}

/** The shortest text that reads back as the same canonical number: 0.5, 1e-7, 123457. */
export function formatCompact(x: number): string {
  return String(roundSignificant(x));
}

// Decimal numbers only. `Number()` alone would accept "", " ", "0x10", "Infinity" and "1_0"
// would fail inconsistently; a link should carry nothing but plain decimals.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite number parsed from plain decimal text, or null. */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!DECIMAL.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}

/** A number as it appears in a problem message: compact, and never longer than a line. */
export function quote(raw: string): string {
  const oneLine = raw.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}…` : oneLine;
}
