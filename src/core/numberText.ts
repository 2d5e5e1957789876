/**
 * Numbers as a reader reads them, in messages the core writes (a divergence reason shown in a
 * widget): a real minus sign (U+2212) and powers of ten with superscript exponents ("3.04 × 10⁷",
 * not "3.04e+7", which reads as code and which a screen reader spells out). The widgets' kit
 * re-exports these (kit/numberText.ts), so there is one home for the characters.
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

// One formatter, made once: Number#toLocaleString builds a new one on every call, which a
// readout re-rendered per frame pays for (bench:ui showed it in the playground's profile).
const GROUPED = new Intl.NumberFormat('en-US');

/** Thousands separators, as `toLocaleString('en-US')` writes them: 11935 → "11,935", 0.5 → "0.5". */
export const grouped = (n: number): string => GROUPED.format(n);

/** `digits` significant digits, plainly between 10⁻³ and 10⁵ ("0.0124", "3,040"), else as a
 *  power of ten ("3.04 × 10⁷"). For numbers inside sentences. */
export function readableNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const a = Math.abs(value);
  // Trailing zeros of the mantissa say nothing in a sentence: "1.5 × 10⁻⁵", not "1.50 × 10⁻⁵".
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return sci(value, digits).replace(/(\.\d*?)0+(?= ×)/, '$1').replace(/\.(?= ×)/, '');
  const plain = Number(value.toPrecision(digits));
  return typographicMinus(a >= 1000 ? grouped(plain) : String(plain));
}
