/**
 * A small curve of α_t over the run (the core's learningRateAt at a few dozen steps), from 0 up
 * to the largest rate. Decorative: the sentence beside it says the same in numbers.
 */
import styles from './race.module.css';

export interface RateSparklineProps {
  /** Steps sampled, increasing. */
  t: readonly number[];
  /** α_t at each sampled step. */
  rate: readonly number[];
  /** The run's last step (the right edge). */
  last: number;
}

const W = 160, H = 36, PAD = 2;

export function RateSparkline({ t, rate, last }: RateSparklineProps) {
  const top = Math.max(...rate.filter(Number.isFinite), 0);
  const x = (s: number) => PAD + (last > 0 ? (s / last) * (W - 2 * PAD) : 0);
  const y = (r: number) => H - PAD - (top > 0 ? (r / top) * (H - 2 * PAD) : 0);
  const points = t.map((s, i) => `${x(s).toFixed(1)},${y(rate[i]).toFixed(1)}`).join(' ');
  return (
    <svg className={styles.sparkline} viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true" focusable="false" data-testid="race-rate-curve">
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className={styles.sparkAxis} />
      <polyline points={points} className={styles.sparkLine} />
    </svg>
  );
}
