/**
 * One row per method: where it ended (at the minimum after n steps, diverged and why, or its
 * final loss), the gradient and Hessian evaluations it used, and its line's style.
 */
import type { CriticalPoint } from '../../core';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { DataTable, LineSwatch, TableName, tableCell } from '../kit';
import { formatFixed } from '../descent/numberText';
import { cost, endPoint, outcome } from './describeRace';
import type { RacerStyle } from './racers';

export interface MethodTableProps {
  readonly racers: readonly RacerStyle[];
  /** The race's results in the order of `racers`, or null while it runs. */
  readonly results: readonly RacerResult[] | null;
  /** The problem's critical points, to name a run that stopped on a saddle. */
  readonly criticalPoints: readonly CriticalPoint[];
}

export function MethodTable({ racers, results, criticalPoints }: MethodTableProps) {
  return (
    <DataTable
      caption="Each method from the same start: where it ended and what it evaluated."
      label="Table: method, result, ended at, evaluations"
      width="full"
      data-testid="newton-table"
    >
      <thead>
        <tr>
          <th scope="col">method</th>
          <th scope="col" className={tableCell.text}>result</th>
          <th scope="col" className={tableCell.text}>ended at</th>
          <th scope="col" className={tableCell.text}>evaluations</th>
        </tr>
      </thead>
      <tbody>
        {racers.map((racer, i) => {
          const run = results?.[i];
          const [x, y] = run ? endPoint(run) : [NaN, NaN];
          return (
            <tr key={racer.key} data-method={racer.key}>
              <th scope="row">
                <TableName swatch={<LineSwatch color={racer.color} dash={racer.dash} />}>{racer.label}</TableName>
              </th>
              <td className={tableCell.text}>{run ? outcome(run, criticalPoints) : '…'}</td>
              <td className={tableCell.text}>{run ? `(${formatFixed(x)}, ${formatFixed(y)})` : '…'}</td>
              <td className={tableCell.text}>{run ? cost(run) : '…'}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
