/**
 * The regimes as they happen: for each eigen-direction its curvature, α·λ, its regime's name
 * (overdamped, critically damped, underdamped, diverging, with "zig-zag" when the error flips
 * sign every step) and why, with the roots and the rate. A run that diverged says at which
 * step, along which direction, and why. Only the regimes' names are announced as they change.
 */
import { VisuallyHidden } from '../kit';
import { formatNumber } from '../descent/numberText';
import { DIRECTION_NAMES } from './bowl';
import type { DirectionReport, ExplorerReport } from './directionReport';
import type { MomentumPath } from './momentumRun';
import { directionSentence, divergenceNote, regimeLabel, regimesAnnouncement } from './regimeText';
import styles from './momentum.module.css';

export interface RegimeReadoutProps {
  report: ExplorerReport;
  path: MomentumPath;
}

function DirectionRow({ r, beta }: { r: DirectionReport; beta: number }) {
  const names = DIRECTION_NAMES[r.direction];
  return (
    <div className={styles.direction} data-regime={r.regime} data-direction={r.direction}>
      <p className={styles.directionHead}>
        <span className={styles.kicker}>
          {names.name} ({names.axis}, {names.lambda} = {formatNumber(r.lambda)})
        </span>
        <strong className={styles.badge} data-testid={`momentum-regime-${r.direction}`}>
          {regimeLabel(r)}
        </strong>
        <span className={styles.products}>
          α·λ = {formatNumber(r.product)} · ρ = {formatNumber(r.rate)}
        </span>
      </p>
      <p className={styles.sentence}>{directionSentence(r, beta)}</p>
    </div>
  );
}

export function RegimeReadout({ report, path }: RegimeReadoutProps) {
  const note = divergenceNote(path, report);
  return (
    <div className={styles.readout}>
      {report.directions.map((r) => (
        <DirectionRow key={r.direction} r={r} beta={report.beta} />
      ))}
      {note !== null && (
        <p className={styles.divergence} data-testid="momentum-divergence">
          {note} The plots stop there.
        </p>
      )}
      <div aria-live="polite">
        <VisuallyHidden>{`Regimes: ${regimesAnnouncement(report)}.`}</VisuallyHidden>
      </div>
    </div>
  );
}
