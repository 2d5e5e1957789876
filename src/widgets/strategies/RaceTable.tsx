/**
 * The race's scoreboard: for each strategy, what its budget bought, the lowest training loss it
 * found, and how that weight vector classifies the 50 held-out examples it never saw.
 */
import type { StrategyRaceOutput } from '../../worker/tasks/strategyRace';
import { count } from '../kit';
import { percent } from './numberText';
import { STRATEGY_NAMES, type StrategyKey, boughtText, leader } from './raceText';
import { StrategySwatch } from './StrategySwatch';
import styles from './strategies.module.css';

const KEYS: readonly StrategyKey[] = ['random', 'local', 'gradient'];

export interface RaceTableProps {
  result: StrategyRaceOutput;
  /** Number of held-out examples (50). */
  heldOut: number;
  /** False while a newer race computes: the table is the previous one's. */
  fresh: boolean;
}

export function RaceTable({ result, heldOut, fresh }: RaceTableProps) {
  const first = leader(result);
  const { settings } = result;
  return (
    <table
      className={styles.table}
      data-testid="race-table"
      data-fresh={fresh}
      data-loss={settings.loss}
      data-seed={settings.seed}
      data-cost={settings.gradientCost}
    >
      <caption className={styles.tableCaption}>
        After {count(result.budget)} loss evaluations each{fresh ? '' : ' (updating…)'}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.left}>
            Strategy <span className={styles.sub}>· what the budget bought</span>
          </th>
          <th scope="col">Training loss</th>
          <th scope="col">Held-out accuracy</th>
        </tr>
      </thead>
      <tbody>
        {KEYS.map((key) => {
          const r = result[key];
          return (
            <tr key={key} data-strategy={key} className={key === first ? styles.leading : undefined}>
              <th scope="row" className={styles.left}>
                <span className={styles.strategyName}>
                  <StrategySwatch strategy={key} />
                  {STRATEGY_NAMES[key]}
                </span>
                <span className={styles.bought}>{boughtText(key, result)}</span>
              </th>
              <td className={styles.num}>
                <span data-testid={`race-loss-${key}`}>{r.loss.toFixed(4)}</span>
                {key === first && <span className={styles.badge}>lowest</span>}
              </td>
              <td className={styles.num} data-testid={`race-accuracy-${key}`}>
                {percent(r.heldOutAccuracy)}
                <span className={styles.sub}> {count(Math.round(r.heldOutAccuracy * heldOut))}/{heldOut}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
