/** Formats numbers for the KaTeX formulas that surfaces carry. */

/** `x` with at most `digits` significant digits, trailing zeros dropped, 1e-7 as 1 \times 10^{-7}. */
export function texNumber(x: number, digits = 4): string {
  const rounded = Number(x.toPrecision(digits));
  // Rounding up can overflow (1.7975e308 → 1.798e308 = Infinity): keep x itself then.
  const s = String(Number.isFinite(rounded) ? rounded : x);
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const exp = Number(m[2]);
  return m[1] === '1' ? `10^{${exp}}` : `${m[1]} \\times 10^{${exp}}`;
}
