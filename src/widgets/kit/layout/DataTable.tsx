/**
 * A widget's results table, styled once: a caption above, column headers, one row per run or
 * method. Numbers sit right-aligned in tabular figures; the first column (row names) and any
 * cell given `tableCell.text` sit left. The table lives in a ScrollBox, so at 375 px it scrolls
 * sideways inside itself (a named, focusable region only while it overflows) instead of
 * widening the page.
 *
 * Children are the table's <thead> and <tbody>; other props (data-testid, data-fresh, …) go on
 * the <table>. Colours only through --dw-* (then --descent-*), so a host page themes it.
 */
import type { ReactNode, TableHTMLAttributes } from 'react';
import { ScrollBox } from './ScrollBox';
import styles from './DataTable.module.css';

export interface DataTableProps extends Omit<TableHTMLAttributes<HTMLTableElement>, 'className' | 'children'> {
  /** What the table shows, above it. */
  caption: ReactNode;
  /** The scroll region's name once the table overflows, e.g. "Table: method, α, ρ". */
  label: string;
  /** `fit` (as wide as its cells, the default) or `full` (the column's whole width). */
  width?: 'fit' | 'full';
  /** `muted` (a small grey caption, the default) or `title` (a bold heading for the table). */
  captionStyle?: 'muted' | 'title';
  /** <thead> and <tbody>. */
  children: ReactNode;
}

export function DataTable({ caption, label, width = 'fit', captionStyle = 'muted', children, ...rest }: DataTableProps) {
  const tableClass = width === 'full' ? `${styles.table} ${styles.full}` : styles.table;
  const captionClass = `${styles.caption} ${captionStyle === 'title' ? styles.title : styles.muted}`;
  return (
    <ScrollBox label={label}>
      <table {...rest} className={tableClass}>
        <caption className={captionClass}>{caption}</caption>
        {children}
      </table>
    </ScrollBox>
  );
}

/** Class names for single cells (and what they hold) of a DataTable. */
export const tableCell = Object.freeze({
  /** A text column: left-aligned, and it may wrap. */
  text: styles.text,
  /** A muted second line under a cell's value (a range, a note). */
  sub: styles.sub,
  /** A bad value (diverged, ρ ≥ 1): in the danger colour and bold, said in words too. */
  bad: styles.bad,
});

export interface TableNameProps {
  /** A decorative sample of the row's line or mark (LineSwatch, a widget's own), before the name. */
  swatch?: ReactNode;
  children: ReactNode;
}

/** A row header's name with its legend swatch beside it. */
export function TableName({ swatch, children }: TableNameProps) {
  return (
    <span className={styles.name}>
      {swatch}
      {children}
    </span>
  );
}

export interface LineSwatchProps {
  /** Any CSS colour, a var(--dw-…) too. */
  color: string;
  /** An SVG stroke-dasharray; solid without. */
  dash?: string;
}

/** A short sample of a plotted line, for a legend (hidden from screen readers: the name says it). */
export function LineSwatch({ color, dash }: LineSwatchProps) {
  return (
    <svg className={styles.swatch} width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" style={{ stroke: color }} strokeWidth={3} strokeDasharray={dash} />
    </svg>
  );
}
