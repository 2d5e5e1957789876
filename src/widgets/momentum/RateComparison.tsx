/**
 * How fast this α, β converges against the two yardsticks: plain gradient descent at its best
 * α = 2/(λmin + λmax) (rate (κ − 1)/(κ + 1)) and momentum at Polyak's α*, β* (rate
 * (√κ − 1)/(√κ + 1)): the √κ in place of κ, in steps per tenfold shrink. A button sets α*, β*.
 */
import { Button, DataTable, tableCell } from '../kit';
import { formatNumber } from '../descent/numberText';
import type { ExplorerReport } from './directionReport';
import styles from './momentum.module.css';

export interface RateComparisonProps {
  report: ExplorerReport;
  /** Sets α and β. */
  onUse: (alpha: number, beta: number) => void;
}

const n = (x: number) => formatNumber(x);
const perTenfold = (steps: number) => (Number.isFinite(steps) ? n(steps) : 'never');

export function RateComparison({ report, onUse }: RateComparisonProps) {
  const { optimal: best, gradientDescent: gd } = report;
  const atBest = Math.abs(report.alpha - best.alpha) <= 1e-5 * best.alpha && Math.abs(report.beta - best.beta) <= 1e-5;
  const rows = [
    { name: 'these α, β', alpha: report.alpha, beta: report.beta, rate: report.rate, steps: report.stepsPerTenfold, id: 'here' },
    { name: 'gradient descent, best α', alpha: gd.alpha, beta: 0, rate: gd.rate, steps: gd.stepsPerTenfold, id: 'gd' },
    { name: 'momentum, α* and β*', alpha: best.alpha, beta: best.beta, rate: best.rate, steps: best.stepsPerTenfold, id: 'best' },
  ];
  return (
    <div className={styles.details} data-testid="momentum-comparison">
      <DataTable
        caption="The error's long-run factor per step ρ (the worse direction's), and the steps it takes to shrink the error tenfold"
        label="Table: method, α, β, ρ, steps per 10×"
      >
        <thead>
          <tr>
            <th scope="col">method</th>
            <th scope="col">α</th>
            <th scope="col">β</th>
            <th scope="col">ρ</th>
            <th scope="col">steps per 10×</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-row={r.id}>
              <th scope="row">{r.name}</th>
              <td>{n(r.alpha)}</td>
              <td>{n(r.beta)}</td>
              <td className={r.rate >= 1 ? tableCell.bad : undefined}>{n(r.rate)}</td>
              <td>{perTenfold(r.steps)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <div className={styles.bestRow}>
        <p>
          α* = (2/(√λmin + √λmax))² = <strong data-testid="momentum-alpha-star">{n(best.alpha)}</strong> and β* = ((√κ − 1)/(√κ + 1))² ={' '}
          <strong data-testid="momentum-beta-star">{n(best.beta)}</strong> critically damp both directions at once: ρ = {n(best.rate)}, against{' '}
          {n(gd.rate)} for gradient descent at its best.
        </p>
        <Button onClick={() => onUse(best.alpha, best.beta)} disabled={atBest}>
          Use α*, β*
        </Button>
      </div>
    </div>
  );
}
