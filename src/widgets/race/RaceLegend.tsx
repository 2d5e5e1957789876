/**
 * The legend and scoreboard: each racer's line and mark, its final loss, the step it came within
 * the tolerance of the minimum, and where and why it diverged.
 */
import type { OptimizerRaceOutput } from '../../worker/tasks/optimizerRace';
import { DataTable, TableName, tableCell } from '../kit';
import { formatNumber } from '../surfaces/formatNumber';
import { RACER_INFO, type RaceState, type RacerName } from './raceSchema';
import { RacerSwatch } from './RacerLine';
import { RACER_STYLES } from './racerStyles';
import { divergenceText, finalLoss } from './raceText';
import styles from './race.module.css';

export interface RaceLegendProps {
  names: readonly RacerName[];
  result: OptimizerRaceOutput | null;
  state: RaceState;
  tolerance: number;
  fresh: boolean;
  /** Stale for long enough to say so (useSustained): not on every input of a drag. */
  updating: boolean;
}

export function RaceLegend({ names, result, state, tolerance, fresh, updating }: RaceLegendProps) {
  const ready = result !== null && result.racers.length === names.length;
  return (
    <DataTable
      caption={<>Legend and results{updating ? ' (updating…)' : ''}</>}
      label="Table: optimizer, final loss, step within the tolerance"
      width="full"
      captionStyle="title"
      data-testid="race-legend"
      data-fresh={fresh}
    >
      <thead>
        <tr>
          <th scope="col">Optimizer</th>
          <th scope="col">Final loss</th>
          <th scope="col" className={tableCell.text}>Within {formatNumber(tolerance)} of the minimum</th>
        </tr>
      </thead>
      <tbody>
        {names.map((name, i) => {
          const r = ready ? result.racers[i] : null;
          const why = r ? divergenceText(name, r, state) : null;
          return (
            <tr key={name} data-racer={name}>
              <th scope="row">
                <TableName swatch={<RacerSwatch name={name} />}>
                  {RACER_INFO[name].label}
                  <span className={styles.visuallyHidden}> ({RACER_STYLES[name].mark} mark)</span>
                </TableName>
                {r?.divergence && why ? (
                  <span className={styles.diverged} data-testid={`race-diverged-${name}`}>
                    Diverged at step {r.divergence.step}: {why}
                  </span>
                ) : null}
              </th>
              <td data-testid={`race-final-${name}`}>
                {r ? formatNumber(finalLoss(r), 3) : '…'}
              </td>
              <td className={tableCell.text} data-testid={`race-arrived-${name}`}>
                {r ? (r.arrivedAt !== null ? `step ${r.arrivedAt}` : result?.minimum === null ? 'no minimum' : 'not reached') : '…'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
