/**
 * One row of small histograms, one per layer, left to right (two lines of five below 520 px, so
 * a panel never gets narrower than its bins). Every panel of the row covers the same range, so
 * a wide panel and a spike compare across layers; bar heights are scaled to each panel's tallest
 * bar, so a layer's shape shows even when its values are few in a bin. d3 places, React draws:
 * one path per panel.
 */
import { scaleLinear } from 'd3';
import { memo, useRef } from 'react';
import { color, useSize } from '../kit';
import { ACT_BINS, type HistogramRow } from '../../worker/tasks/activationStats';
import styles from './activations.module.css';

export interface HistogramStripProps {
  /** Accessible name of the picture (its Figure says the numbers in words). */
  label: string;
  row: HistogramRow;
  layers: number;
  /** Bar colour. */
  ink: string;
  /** Test id prefix of each panel's path (`${testId}-${layer}`, from 1). */
  testId: string;
}

const PANEL_H = 46, LABEL_H = 16, GAP = 8, WIDE = 520;

/** The bars of one histogram as one path: a rectangle per non-empty bin. */
function barsPath(counts: Float64Array, offset: number, x0: number, w: number, base: number, h: number): string {
  let max = 0;
  for (let b = 0; b < ACT_BINS; b++) max = Math.max(max, counts[offset + b]);
  if (max === 0) return '';
  const bw = w / ACT_BINS;
  let d = '';
  for (let b = 0; b < ACT_BINS; b++) {
    const c = counts[offset + b];
    if (c === 0) continue;
    // At least a pixel, so a bin holding a few values of 50,000 still shows.
    const top = base - Math.max(1, (c / max) * h);
    d += `M${(x0 + b * bw).toFixed(1)} ${base}V${top.toFixed(1)}H${(x0 + (b + 1) * bw - 0.5).toFixed(1)}V${base}Z`;
  }
  return d;
}

export const HistogramStrip = memo(function HistogramStrip({ label, row, layers, ink, testId }: HistogramStripProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width: measured } = useSize(ref, { width: 560, height: 0 });
  const width = Math.max(200, measured);
  const cols = width >= WIDE ? layers : Math.ceil(layers / 2);
  const lines = Math.ceil(layers / cols);
  const panelW = (width - (cols - 1) * GAP) / cols;
  const height = lines * (PANEL_H + LABEL_H) + (lines - 1) * 4;
  const inPanel = scaleLinear().domain([row.lo, row.hi]).range([0, panelW]);
  const zero = row.lo < 0 && row.hi > 0 ? inPanel(0) : null;
  return (
    <div ref={ref} className={styles.strip}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {Array.from({ length: layers }, (_, l) => {
          const x0 = (l % cols) * (panelW + GAP);
          const top = Math.floor(l / cols) * (PANEL_H + LABEL_H + 4);
          const base = top + PANEL_H;
          return (
            <g key={l}>
              <rect x={x0} y={top} width={panelW} height={PANEL_H} style={{ fill: color.surface }} />
              {zero !== null ? <line x1={x0 + zero} x2={x0 + zero} y1={top} y2={base} style={{ stroke: color.border }} strokeWidth={1} /> : null}
              <path d={barsPath(row.counts, l * ACT_BINS, x0, panelW, base, PANEL_H - 2)} style={{ fill: ink }} data-testid={`${testId}-${l + 1}`} />
              <line x1={x0} x2={x0 + panelW} y1={base} y2={base} style={{ stroke: color.muted }} strokeWidth={1} />
              <text className={styles.panelLabel} x={x0 + panelW / 2} y={base + LABEL_H - 3} textAnchor="middle">
                {l + 1}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
});
