/** A strategy's line sample and end mark, for the legend and the table (decorative); `raw`: the thin per-step line. */
import { color } from '../kit';
import type { StrategyKey } from './raceText';
import { STRATEGY_STYLES, markPath } from './strategyStyles';
import styles from './strategies.module.css';

export function StrategySwatch({ strategy, raw = false }: { strategy: StrategyKey; raw?: boolean }) {
  const s = STRATEGY_STYLES[strategy];
  if (raw) {
    return (
      <svg className={styles.swatch} width={34} height={14} viewBox="0 0 34 14" aria-hidden="true">
        <polyline points="1,10 7,3 13,9 19,5 25,8 31,6" fill="none" style={{ stroke: s.color }} strokeOpacity={0.6} strokeWidth={1} />
      </svg>
    );
  }
  return (
    <svg className={styles.swatch} width={34} height={14} viewBox="0 0 34 14" aria-hidden="true">
      <line x1={1} x2={24} y1={7} y2={7} style={{ stroke: s.color }} strokeWidth={s.width} strokeDasharray={s.dash} strokeLinecap="round" />
      <path d={markPath(strategy, 56)} transform="translate(27,7)" style={{ fill: s.color, stroke: color.bg }} strokeWidth={1} />
    </svg>
  );
}
