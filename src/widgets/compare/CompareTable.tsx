/**
 * One row per optimizer: its learning rate, the median final training and validation loss over
 * the seeds with their range (min–max), and how many runs diverged. The lowest median validation
 * loss is marked in words, not by colour alone.
 */
import { DataTable, TableName, tableCell } from '../kit';
import { RacerSwatch } from '../race/RacerLine';
import { COMPARE_LABELS, type CompareName } from './compareSchema';
import { bestByValidation, lossText, type OptimizerSummary, type Spread } from './summary';

function SpreadCell({ s, testId }: { s: Spread | null; testId: string }) {
  if (!s) return <td data-testid={testId}>—</td>;
  return (
    <td data-testid={testId}>
      {lossText(s.median)}
      {s.min !== s.max ? <span className={tableCell.sub}> {lossText(s.min)}–{lossText(s.max)}</span> : null}
    </td>
  );
}

export interface CompareTableProps {
  readonly summaries: readonly OptimizerSummary[];
  /** Each optimizer's learning rate as shown on screen, by name. */
  readonly rates: { readonly [N in CompareName]?: number };
  readonly seeds: number;
  readonly steps: number;
  /** False while a newer comparison computes: this is the previous one. */
  readonly fresh: boolean;
}

export function CompareTable({ summaries, rates, seeds, steps, fresh }: CompareTableProps) {
  const best = bestByValidation(summaries);
  return (
    <DataTable
      caption={
        <>
          Final losses after {steps.toLocaleString('en-US')} steps, median over {seeds} {seeds === 1 ? 'seed' : 'seeds'} (smallest–largest beside it){fresh ? '' : ' (updating…)'}
        </>
      }
      label="Table: optimizer, α, training loss, validation loss, diverged"
      width="full"
      captionStyle="title"
      data-testid="compare-table"
      data-fresh={fresh}
    >
      <thead>
        <tr>
          <th scope="col">Optimizer</th>
          <th scope="col">α</th>
          <th scope="col">Training loss</th>
          <th scope="col">Validation loss</th>
          <th scope="col">Diverged</th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((s) => (
          <tr key={s.name} data-optimizer={s.name}>
            <th scope="row">
              <TableName swatch={<RacerSwatch name={s.name} />}>{COMPARE_LABELS[s.name]}</TableName>
              {best === s && summaries.length > 1 ? <span className={tableCell.sub}>lowest validation</span> : null}
            </th>
            <td>{rates[s.name] === undefined ? '—' : lossText(rates[s.name] as number)}</td>
            <SpreadCell s={s.train} testId={`compare-train-${s.name}`} />
            <SpreadCell s={s.validation} testId={`compare-validation-${s.name}`} />
            <td className={s.diverged > 0 ? tableCell.bad : undefined} data-testid={`compare-diverged-${s.name}`}>
              {s.diverged} of {s.runs}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
