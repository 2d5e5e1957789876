/** Formats numbers for the KaTeX formulas that surfaces carry. */

/** `x` with at most `digits` significant digits, trailing zeros dropped, 1e-7 as 1 \times 10^{-7}. */
export function texNumber(x: number, digits = 4): string {
  const s = String(Number(x.toPrecision(digits)));
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const exp = Number(m[2]);
  return m[1] === '1' ? `10^{${exp}}` : `${m[1]} \\times 10^{${exp}}`;
}
