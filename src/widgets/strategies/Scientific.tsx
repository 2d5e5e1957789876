/** A number as mantissa × 10 with a superscript power: −1.25×10⁻¹⁰ (read as text by screen readers). */
import { scientific } from './numberText';
import styles from './strategies.module.css';

export function Scientific({ value, digits = 3, signed = false }: { value: number; digits?: number; signed?: boolean }) {
  const { mantissa, exponent, text } = scientific(value, digits);
  const sign = signed && value > 0 ? '+' : '';
  if (exponent === '') return <span>{sign + mantissa}</span>;
  return (
    <span aria-label={sign + text}>
      {sign + mantissa}×10<sup className={styles.exp}>{exponent}</sup>
    </span>
  );
}

/** 10^k with a superscript. */
export function PowerOfTen({ exponent }: { exponent: number }) {
  const e = String(exponent).replace('-', '\u2212');
  return (
    <span aria-label={`10^${e}`}>
      10<sup className={styles.exp}>{e}</sup>
    </span>
  );
}
