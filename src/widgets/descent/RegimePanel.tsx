/**
 * The regime in words: its name, the products α·λ it comes from, the reason with the numbers,
 * and, when the run diverged, at which step and why. Only the regime's name is announced to
 * screen readers as it changes (the sentence changes with every slider position).
 */
import { VisuallyHidden } from '../kit';
import { type QuadraticPath, type RegimeReport, REGIME_LABELS, divergenceNote, explainRegime } from './learningRate';
import { formatNumber } from './numberText';
import styles from './rate.module.css';

export interface RegimePanelProps {
  report: RegimeReport;
  path: QuadraticPath;
}

/** "grew 3.2-fold" for a run in the diverging regime that has not crossed 10⁸ yet. */
function stillGrowing(report: RegimeReport, path: QuadraticPath): string {
  const ratio = path.losses[path.steps] / path.losses[0];
  return `Within ${path.steps} steps the loss grew ${formatNumber(ratio)}-fold. It has not passed 10⁸ × its start yet, but it will: every step multiplies it by about ${formatNumber(report.steepFactor ** 2)}.`;
}

export function RegimePanel({ report, path }: RegimePanelProps) {
  const label = REGIME_LABELS[report.regime];
  const products = report.oneDimensional
    ? `α·λ = ${formatNumber(report.steepProduct)}`
    : `α·λmin = ${formatNumber(report.slowProduct)} · α·λmax = ${formatNumber(report.steepProduct)}`;
  return (
    <div className={styles.regime} data-regime={report.regime}>
      <p className={styles.regimeHead}>
        <span className={styles.regimeKicker}>Regime</span>
        <strong className={styles.badge} data-testid="rate-regime">
          {label}
        </strong>
        <span className={styles.products}>{products}</span>
      </p>
      <p className={styles.explanation} data-testid="rate-explanation">
        {explainRegime(report)}
      </p>
      {path.divergedAt !== null ? (
        <p className={styles.divergence} data-testid="rate-divergence">
          {divergenceNote(report, path.divergedAt)} The plots stop there.
        </p>
      ) : report.regime === 'diverging' ? (
        <p className={styles.divergence} data-testid="rate-divergence">
          {stillGrowing(report, path)}
        </p>
      ) : null}
      <div aria-live="polite">
        <VisuallyHidden>{`Regime: ${label}.`}</VisuallyHidden>
      </div>
    </div>
  );
}
