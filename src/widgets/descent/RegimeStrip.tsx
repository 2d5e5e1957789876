/**
 * A map of the learning-rate axis under the α slider: the same log scale as the slider, cut
 * into the regimes that α would give (too slow, good, oscillating, diverging) with the cuts
 * 1/λmax and 2/λmax marked, and a tick at the current α. The reader sees where the boundaries
 * are before dragging across them.
 */
import { useRef } from 'react';
import { useSize } from '../kit';
import { type Curvatures, REGIME_LABELS, regimeIntervals } from './learningRate';
import { formatNumber } from './numberText';
import styles from './rate.module.css';

export interface RegimeStripProps {
  curvatures: Curvatures;
  steps: number;
  alpha: number;
  /** The slider's range. */
  range: readonly [lo: number, hi: number];
  /** 1-D wording (1/λ) or 2-D (1/λmax). */
  oneDimensional: boolean;
}

/** Half a range thumb: where the slider's ends sit inside its box (Chromium's thumb is 16 px). */
const INSET = 8;
const HEIGHT = 40;
const BAND_TOP = 4, BAND_HEIGHT = 16;
/** Rough width of one character at 11 px. */
const CHAR = 6;

export function RegimeStrip({ curvatures, steps, alpha, range, oneDimensional }: RegimeStripProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width: measured } = useSize(ref, { width: 480, height: 0 });
  const width = Math.max(160, measured);
  const [lo, hi] = range;
  const toX = (a: number) => INSET + ((width - 2 * INSET) * Math.log(a / lo)) / Math.log(hi / lo);
  const intervals = regimeIntervals(curvatures, steps, lo, hi);
  const calm = 1 / curvatures.lambdaMax, limit = 2 / curvatures.lambdaMax;
  const sub = oneDimensional ? 'λ' : 'λmax';
  const summary = intervals
    .map((c) => `${REGIME_LABELS[c.regime]} for α from ${formatNumber(c.from)} to ${formatNumber(c.to)}`)
    .join('; ');
  const ax = toX(Math.min(hi, Math.max(lo, alpha)));

  return (
    <div ref={ref}>
      <svg className={styles.strip} width={width} height={HEIGHT} role="img" aria-label={`Regimes along the learning-rate axis: ${summary}.`}>
        {intervals.map((c) => {
          const x0 = toX(c.from), x1 = toX(c.to);
          const label = REGIME_LABELS[c.regime];
          const fits = x1 - x0 > label.length * CHAR + 6;
          return (
            <g key={c.regime}>
              <rect className={styles.band} data-regime={c.regime} x={x0} y={BAND_TOP} width={Math.max(0, x1 - x0)} height={BAND_HEIGHT} />
              {fits && (
                <text className={styles.bandLabel} x={(x0 + x1) / 2} y={BAND_TOP + BAND_HEIGHT / 2} dy="0.35em" textAnchor="middle">
                  {label}
                </text>
              )}
            </g>
          );
        })}
        {[
          { a: calm, text: `1/${sub}`, anchor: 'end' as const, dx: -3 },
          { a: limit, text: `2/${sub}`, anchor: 'start' as const, dx: 3 },
        ]
          .filter((c) => c.a > lo && c.a < hi)
          .map((c) => (
            <g key={c.text}>
              <line className={styles.cut} x1={toX(c.a)} x2={toX(c.a)} y1={BAND_TOP} y2={BAND_TOP + BAND_HEIGHT + 5} />
              <text className={styles.cutLabel} x={toX(c.a) + c.dx} y={BAND_TOP + BAND_HEIGHT + 12} textAnchor={c.anchor}>
                {c.text}
              </text>
            </g>
          ))}
        <path className={styles.marker} d={`M${ax - 5},0 L${ax + 5},0 L${ax},${BAND_TOP + 6} Z`} />
        <line className={styles.cut} x1={ax} x2={ax} y1={BAND_TOP} y2={BAND_TOP + BAND_HEIGHT} strokeWidth={2} />
      </svg>
    </div>
  );
}
