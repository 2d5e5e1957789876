/**
 * The searches side by side: each one's best validation loss, its α and λ, how many distinct
 * values of α it tried, and how many of its trials diverged (of those finished).
 */
import { DataTable, TableName } from '../kit';
import { KIND_COLOR, Shape } from './Markers';
import type { SearchKind, SearchSummary } from './searchModel';
import { lossText, powerText, SEARCH_LABELS } from './searchText';
import { count } from '../kit/numberText';
import styles from './search.module.css';

function Swatch({ kind }: { kind: SearchKind }) {
  return (
    <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
      <Shape kind={kind} px={7} py={7} r={5} fill={KIND_COLOR[kind]} />
    </svg>
  );
}

export function SearchTable({ rows, partial }: { rows: readonly { kind: SearchKind; summary: SearchSummary }[]; partial: boolean }) {
  return (
    <DataTable
      caption={partial ? 'The searches so far (partial: not every trial ran)' : 'The searches, with the same number of trials each'}
      label="Table: search, best validation loss, its learning rate and penalty, distinct learning rates tried, diverged trials"
      data-testid="search-table"
      data-partial={partial ? 'true' : 'false'}
    >
      <thead>
        <tr>
          <th scope="col">search</th>
          <th scope="col">best validation loss</th>
          <th scope="col">its α</th>
          <th scope="col">its λ</th>
          <th scope="col">distinct α</th>
          <th scope="col">diverged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ kind, summary: s }) => (
          <tr key={kind} data-search={kind}>
            <th scope="row"><TableName swatch={<Swatch kind={kind} />}> {SEARCH_LABELS[kind]}</TableName></th>
            <td className={styles.value} data-testid={`search-best-${kind}`}>{s.best ? lossText(s.best.score) : '—'}</td>
            <td data-testid={`search-lr-${kind}`}>{s.best ? powerText(s.best.logLr) : '—'}</td>
            <td data-testid={`search-lambda-${kind}`}>{s.best ? powerText(s.best.logLambda) : '—'}</td>
            <td data-testid={`search-distinct-${kind}`}>{count(s.distinctLr)}</td>
            <td data-testid={`search-diverged-${kind}`}>{`${count(s.diverged)} of ${count(s.done)}`}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
