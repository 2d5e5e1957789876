/**
 * Numbers as the two widgets print them: scientific notation split into a mantissa and a power
 * of ten (drawn as 10 with a superscript), with the typographic minus.
 */
import { typographicMinus } from '../kit/numberText';

export interface Scientific {
  /** "−1.25" */
  readonly mantissa: string;
  /** "−10" (empty for 0 and non-finite values, which have no power) */
  readonly exponent: string;
  /** The same as plain text: "−1.25 × 10^−10". */
  readonly text: string;
}

/** x as mantissa × 10^exponent with `digits` significant digits: −1.2534e-10 → "−1.25", "−10". */
export function scientific(x: number, digits = 3): Scientific {
  if (!Number.isFinite(x)) return { mantissa: String(x), exponent: '', text: String(x) };
  if (x === 0) return { mantissa: '0', exponent: '', text: '0' };
  const [m, e] = x.toExponential(digits - 1).split('e');
  const mantissa = typographicMinus(m);
  const exponent = typographicMinus(String(Number(e)));
  return { mantissa, exponent, text: `${mantissa} × 10^${exponent}` };
}

/** 0.88 → "88%". */
export function percent(x: number): string {
  return Number.isFinite(x) ? `${Math.round(x * 100)}%` : '—';
}

