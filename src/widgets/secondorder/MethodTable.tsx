/**
 * One row per method: where it ended (at the minimum after n steps, diverged and why, or its
 * final loss), the gradient and Hessian evaluations it used, and its line's style.
 */
import type { CriticalPoint } from '../../core';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { formatFixed } from '../descent/numberText';
import { cost, endPoint, outcome } from './describeRace';
import type { RacerStyle } from './racers';
import styles from './secondOrder.module.css';

export interface MethodTableProps {
  readonly racers: readonly RacerStyle[];
  /** The race's results in the order of `racers`, or null while it runs. */
  readonly results: readonly RacerResult[] | null;
  /** The problem's critical points, to name a run that stopped on a saddle. */
  readonly criticalPoints: readonly CriticalPoint[];
}

export function MethodTable({ racers, results, criticalPoints }: MethodTableProps) {
  return (
    <table className={styles.table} data-testid="newton-table">
      <caption className={styles.caption}>Each method from the same start: where it ended and what it evaluated.</caption>
      <thead>
        <tr>
          <th scope="col">method</th>
          <th scope="col">result</th>
          <th scope="col">ended at</th>
          <th scope="col">evaluations</th>
        </tr>
      </thead>
      <tbody>
        {racers.map((racer, i) => {
          const run = results?.[i];
          const [x, y] = run ? endPoint(run) : [NaN, NaN];
          return (
            <tr key={racer.key} data-method={racer.key}>
              <th scope="row">
                <svg className={styles.swatch} width="28" height="10" aria-hidden="true">
                  <line x1="1" y1="5" x2="27" y2="5" style={{ stroke: racer.color }} strokeWidth={3} strokeDasharray={racer.dash} />
                </svg>
                {racer.label}
              </th>
              <td>{run ? outcome(run, criticalPoints) : '…'}</td>
              <td>{run ? `(${formatFixed(x)}, ${formatFixed(y)})` : '…'}</td>
              <td>{run ? cost(run) : '…'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
