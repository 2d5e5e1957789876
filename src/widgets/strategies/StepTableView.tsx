/**
 * The step-size table: for each s, the loss after W₀ − s·∇L, its change from L(W₀), and the
 * first-order prediction −s‖∇L‖² beside it. The lowest loss is marked in words, not only by
 * weight.
 */
import type { StepTable } from './stepSizeTable';
import { PowerOfTen, Scientific } from './Scientific';
import styles from './strategies.module.css';

function lossText(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return x.toFixed(x < 10 ? 6 : x < 1000 ? 3 : 1);
}

export function StepTableView({ table }: { table: StepTable }) {
  return (
    <table className={styles.table} data-testid="stepsize-table">
      <caption className={styles.tableCaption}>
        From L(W₀) = {table.startLoss.toFixed(6)}, one gradient, {table.rows.length} step sizes
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.left}>Step s</th>
          <th scope="col">Loss after</th>
          <th scope="col">Change</th>
          <th scope="col">
            First-order <span className={styles.nowrap}>−s‖∇L‖²</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={r.exponent} className={i === table.best ? styles.best : undefined} data-exponent={r.exponent}>
            <th scope="row" className={styles.left}>
              <PowerOfTen exponent={r.exponent} />
              {i === table.best && <span className={styles.bestTag}> best</span>}
            </th>
            <td className={styles.num}>{lossText(r.loss)}</td>
            <td className={styles.num}>
              <Scientific value={r.change} signed />
            </td>
            <td className={styles.num}>
              <Scientific value={r.predicted} signed />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
