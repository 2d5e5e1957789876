/**
 * The figure's caption: what the colours and heights mean (with the value range and the level
 * spacing), the markers' shapes, and how to move things.
 */
import { markerPath } from './CriticalMarkers';
import styles from './explorer.module.css';
import { formatNumber } from './formatNumber';

export interface LegendProps {
  view: 'contour' | '3d';
  extent: readonly [number, number] | null;
  logLevels: boolean;
  field: boolean;
}

function Mark({ kind }: { kind: 'minimum' | 'saddle' | 'maximum' }) {
  return (
    <svg className={styles.mark} width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path d={markerPath(kind, 4.5)} />
    </svg>
  );
}

export function Legend({ view, extent, logLevels, field }: LegendProps) {
  const range = extent ? (
    <>
      f runs from <strong>{formatNumber(extent[0], 3)}</strong> (dark) to <strong>{formatNumber(extent[1], 3)}</strong> (yellow)
      {logLevels ? '; the levels are log-spaced above the minimum, so the valley floor gets as many as the walls' : '; the levels are evenly spaced'}.{' '}
    </>
  ) : null;
  return (
    <span className={styles.legend}>
      <span className={styles.keys}>
        <span>
          <Mark kind="minimum" /> minimum
        </span>
        <span>
          <Mark kind="saddle" /> saddle
        </span>
        <span>
          <Mark kind="maximum" /> maximum
        </span>
        <span>
          <span className={styles.probeDot} aria-hidden="true" /> probe
        </span>
      </span>
      {range}
      {view === '3d'
        ? `${logLevels ? 'Heights are f on a log scale above its lowest value (so the high walls do not flatten the valley); colours are the map’s.' : 'Heights are f; colours are the map’s.'} Drag to turn and tilt, or focus the view and use the arrow keys (Shift: bigger steps).`
        : 'Click or drag on the map to move the probe, or focus it and use the arrow keys.'}
      {field ? ' Arrows point downhill (−∇f); longer means steeper, compressed so every surface stays readable.' : ''}
    </span>
  );
}
