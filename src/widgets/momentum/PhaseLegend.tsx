/**
 * The phase diagram's key: the colour bar of ρ (ticks at ρ = 0, 0.9, 0.99, 0.999, where a
 * tenfold shrink takes 0, 22, 229 and 2,302 steps), the hatched diverging region, and the
 * marks drawn over the field.
 */
import { color } from '../kit';
import { formatNumber } from '../descent/numberText';
import { rateColor } from './PhaseCanvas';
import { FAST_COLOR, SLOW_COLOR } from './directionColors';
import { LEGEND_RATES, rateToT } from './phaseGrid';
import styles from './momentum.module.css';

const STOPS = 9;
const gradient = `linear-gradient(to right, ${Array.from({ length: STOPS }, (_, k) => rateColor(k / (STOPS - 1))).join(', ')})`;

function LineSwatch({ stroke, dashed = false }: { stroke: string; dashed?: boolean }) {
  return (
    <svg width={28} height={10} aria-hidden="true" className={styles.swatch}>
      <line x1={1} x2={27} y1={5} y2={5} style={{ stroke }} strokeWidth={2.5} strokeDasharray={dashed ? '6 4' : undefined} />
    </svg>
  );
}

export function PhaseLegend() {
  return (
    <div className={styles.legend}>
      <div className={styles.rampRow}>
        <span className={styles.legendLabel}>rate ρ (worse direction)</span>
        <div className={styles.rampBox}>
          <div className={styles.ramp} style={{ background: gradient }} aria-hidden="true" />
          <div className={styles.rampTicks}>
            {LEGEND_RATES.map((r) => (
              <span key={r} style={{ left: `${100 * rateToT(r)}%` }}>
                {formatNumber(r)}
              </span>
            ))}
          </div>
        </div>
        <span className={styles.legendItem}>
          <span className={`${styles.divergeBackdrop} ${styles.hatchSwatch}`} aria-hidden="true" /> diverges (ρ ≥ 1)
        </span>
      </div>
      <ul className={styles.legendList}>
        <li>
          <LineSwatch stroke={color.danger} /> stability boundary α = 2(1 + β)/λmax
        </li>
        <li>
          <LineSwatch stroke={SLOW_COLOR} dashed /> slow direction critically damped
        </li>
        <li>
          <LineSwatch stroke={FAST_COLOR} dashed /> fast direction critically damped
        </li>
        <li>
          <span aria-hidden="true">◆</span> α*, β* (best rate)
        </li>
        <li>
          <span aria-hidden="true">○</span> current α, β
        </li>
      </ul>
    </div>
  );
}
