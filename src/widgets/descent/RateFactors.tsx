/**
 * The numbers behind the regime. In 1-D: the factor 1 − αλ, the best α = 1/λ and the limit
 * 2/λ. In 2-D: a row per direction (curvature, α·λ, |1 − α·λ|), then the trade-off: the
 * shallow direction sets the speed, the steep one caps α, and the best constant α is
 * 2/(λmin + λmax). A button sets α to the best value.
 */
import { Button } from '../kit';
import { speedSentence, type RegimeReport } from './learningRate';
import { formatNumber } from './numberText';
import styles from './rate.module.css';

export interface RateFactorsProps {
  report: RegimeReport;
  /** Sets α (to the best value). */
  onUseBest: (alpha: number) => void;
  /** The largest α the slider offers (the button is off when the best α lies beyond it). */
  maxAlpha: number;
}

const n = (x: number) => formatNumber(x);

function Factor({ value }: { value: number }) {
  return <span className={value >= 1 ? styles.bad : undefined}>{n(value)}</span>;
}

export function RateFactors({ report, onUseBest, maxAlpha }: RateFactorsProps) {
  const { lambdaMin, lambdaMax, alpha } = report;
  const best = (
    <Button onClick={() => onUseBest(report.bestAlpha)} disabled={report.bestAlpha > maxAlpha || Math.abs(alpha - report.bestAlpha) < 1e-3 * report.bestAlpha}>
      Use the best α
    </Button>
  );

  if (report.oneDimensional) {
    return (
      <div className={styles.details} data-testid="rate-factors">
        <p>
          One step multiplies x by <span className={styles.mono}>1 − α·λ = {n(1 - report.steepProduct)}</span>: its size by{' '}
          <Factor value={report.steepFactor} />
          {report.steepProduct > 1 ? ', and the minus sign flips x to the other side' : ''}.
        </p>
        <div className={styles.bestRow}>
          <p>
            Best α = 1/λ = <strong>{n(report.bestAlpha)}</strong> (one step to the minimum); above 2/λ = {n(report.alphaLimit)} it diverges.
          </p>
          {best}
        </div>
      </div>
    );
  }

  const rows = [
    { name: 'shallow (x)', lambda: lambdaMin, product: report.slowProduct, factor: report.slowFactor },
    { name: 'steep (y)', lambda: lambdaMax, product: report.steepProduct, factor: report.steepFactor },
  ];
  return (
    <div className={styles.details} data-testid="rate-factors">
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>What one step does along each axis of the bowl: it multiplies the error by the factor |1 − α·λ|</caption>
          <thead>
            <tr>
              <th scope="col">axis</th>
              <th scope="col">curvature λ</th>
              <th scope="col">α·λ</th>
              <th scope="col">|1 − α·λ|</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{n(r.lambda)}</td>
                <td>{n(r.product)}</td>
                <td>
                  <Factor value={r.factor} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {speedSentence(report)}{' '}
        The steep direction sets the limit: α must stay below 2/λmax = {n(report.alphaLimit)}.
      </p>
      <div className={styles.bestRow}>
        <p>
          Best constant α = 2/(λmin + λmax) = 2/({n(lambdaMin)} + {n(lambdaMax)}) = <strong data-testid="rate-best">{n(report.bestAlpha)}</strong>, where
          both factors equal (κ − 1)/(κ + 1) = {n(report.bestRate)}.
        </p>
        {best}
      </div>
    </div>
  );
}
