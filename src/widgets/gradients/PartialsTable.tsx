/**
 * The nine partial derivatives side by side: backpropagation's, the numerical estimate's at
 * the current h, and their relative error. The leading digits the two share are marked, so the
 * table shows at a glance how many digits the numerical estimate gets right.
 */
import { useRef } from 'react';
import { useSize } from '../kit';
import styles from './gradients.module.css';
import type { Comparison } from './numericalGradient';
import { fixed, sci } from '../kit';

/** Decimals shown: enough for the best centred estimate (~10 correct digits) to be seen;
 *  fewer where the table would not fit (a phone). */
const DECIMALS = 11;
const NARROW_DECIMALS = 8;
const NARROW_PX = 480;

/** The length of the common prefix of two strings (the digits two numbers agree on). */
export function sharedPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

function Agreeing({ text, shared }: { text: string; shared: number }) {
  return (
    <>
      <span className={styles.agree}>{text.slice(0, shared)}</span>
      {text.slice(shared)}
    </>
  );
}

export interface PartialsTableProps {
  names: readonly string[];
  /** null before hydration (see useHydrated): the rows show their names only. */
  comparison: Comparison | null;
}

export function PartialsTable({ names, comparison }: PartialsTableProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useSize(ref, { width: 700, height: 0 });
  const decimals = width < NARROW_PX ? NARROW_DECIMALS : DECIMALS;
  return (
    <div ref={ref} className={styles.tableScroll}>
      <table className={styles.table}>
        <caption className={styles.tableCaption}>
          ∂L/∂w for each of the 9 weights. <span className={styles.agree}>Underlined</span>: leading digits the numerical estimate shares with backpropagation. Shaded: the worst weight.
        </caption>
        <thead>
          <tr>
            <th scope="col">weight</th>
            <th scope="col">backprop (analytic)</th>
            <th scope="col">numerical</th>
            <th scope="col">relative error</th>
          </tr>
        </thead>
        <tbody>
          {comparison
            ? comparison.rows.map((row, i) => {
                const a = fixed(row.analytic, decimals);
                const n = fixed(row.numeric, decimals);
                const worst = i === comparison.worstIndex;
                return (
                  <tr key={row.name} className={worst ? styles.worstRow : undefined}>
                    <th scope="row">{row.name}</th>
                    <td>{a}</td>
                    <td>
                      <Agreeing text={n} shared={sharedPrefix(a, n)} />
                    </td>
                    <td className={worst ? styles.worstCell : undefined}>{sci(row.relativeError)}</td>
                  </tr>
                );
              })
            : names.map((name) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>…</td>
                  <td>…</td>
                  <td>…</td>
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}
