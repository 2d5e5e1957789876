/**
 * The probe's numbers and the verdict: f, the gradient (components and length), the Hessian's
 * eigenvalues λ₁ ≤ λ₂ (and, on the quadratic bowl, their ratio, which is the condition number
 * κ), then the verdict in a sentence or two (verdict.ts).
 */
import { VisuallyHidden } from '../kit';
import { formatNumber, formatPoint } from './formatNumber';
import styles from './explorer.module.css';
import { type ProbeReading, verdictText } from './verdict';

export interface ProbeReadoutProps {
  x: number;
  y: number;
  xName: string;
  yName: string;
  reading: ProbeReading | null;
  /** Show λ_max / λ_min as the condition number (the quadratic bowl). */
  showCondition: boolean;
}

export function ProbeReadout({ x, y, xName, yName, reading, showCondition }: ProbeReadoutProps) {
  const at = xName === 'x' && yName === 'y' ? `(x, y) = ${formatPoint(x, y)}` : `${xName} = ${formatNumber(x)}, ${yName} = ${formatNumber(y)}`;
  if (!reading) {
    return (
      <div className={styles.readout}>
        <p className={styles.probeAt}>Probe at {at}</p>
        <p className={styles.danger} data-testid="explorer-verdict">
          The surface or its derivatives are not finite here, so there is nothing to read.
        </p>
      </div>
    );
  }
  const { value, gradient, gradNorm, eigen } = reading;
  const verdict = verdictText(reading);
  const ratio = eigen[0] > 0 ? eigen[1] / eigen[0] : NaN;
  return (
    <div className={styles.readout}>
      <p className={styles.probeAt}>
        Probe at <span data-testid="explorer-probe">{at}</span>
      </p>
      <dl className={styles.numbers}>
        <dt>f</dt>
        <dd data-testid="explorer-value">{formatNumber(value)}</dd>
        <dt>∇f</dt>
        <dd data-testid="explorer-gradient">{formatPoint(gradient[0], gradient[1], 3)}</dd>
        <dt>|∇f|</dt>
        <dd data-testid="explorer-gradient-length">{formatNumber(gradNorm, 3)}</dd>
        <dt>
          λ₁, λ₂<VisuallyHidden> (eigenvalues of the Hessian)</VisuallyHidden>
        </dt>
        <dd data-testid="explorer-eigen">
          {formatNumber(eigen[0], 3)}, {formatNumber(eigen[1], 3)}
        </dd>
        {showCondition && Number.isFinite(ratio) ? (
          <>
            <dt>
              λ₂ / λ₁<VisuallyHidden> (the condition number)</VisuallyHidden>
            </dt>
            <dd>
              <span data-testid="explorer-ratio">{formatNumber(ratio, 3)}</span> <span className={styles.aside}>= κ, the condition number</span>
            </dd>
          </>
        ) : null}
      </dl>
      <p className={styles.footnote} aria-hidden="true">
        λ₁ ≤ λ₂: the Hessian’s eigenvalues, the curvatures along its two principal directions.
      </p>
      <div className={styles.verdict} data-kind={reading.kind ?? 'none'} data-testid="explorer-verdict">
        <p className={styles.headline} aria-live="polite">
          {verdict.headline}
        </p>
        <p className={styles.detail}>{verdict.detail}</p>
      </div>
    </div>
  );
}
