/**
 * A dot strip of the final validation losses: one row per optimizer, one mark per seed (the
 * optimizer's own mark and colour), a vertical tick at the median, on a shared log axis. It
 * shows what the table's "median (min–max)" summarizes: how far apart the seeds land. Drawn in
 * one SVG scaled by its viewBox, never wider than its own size (so it shrinks to 375 px as a
 * whole, and its text is never drawn larger than written); the numbers are in the
 * table and the description, so the picture itself is hidden from screen readers.
 */
import { scaleLog } from 'd3';
import { memo } from 'react';
import type { ComparisonRun } from '../../worker/tasks/optimizerComparison';
import { color, powerOfTen } from '../kit';
import { racerMarkPath, RACER_STYLES } from '../race/racerStyles';
import { COMPARE_LABELS, type CompareName } from './compareSchema';
import { median } from './summary';

const W = 340, LABEL = 86, RIGHT = 12, ROW = 24, AXIS = 36, FLOOR = 1e-6;

/** The strip's x domain: whole decades around every finite validation loss. */
export function stripDomain(runs: readonly (readonly ComparisonRun[])[]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const perSeed of runs) {
    for (const r of perSeed) {
      const v = r.validationLoss;
      if (!Number.isFinite(v) || r.divergedAt !== null) continue;
      lo = Math.min(lo, Math.max(FLOOR, v));
      hi = Math.max(hi, v);
    }
  }
  if (!(lo <= hi)) return [1e-3, 1];
  const a = 10 ** Math.floor(Math.log10(lo)), b = 10 ** Math.ceil(Math.log10(hi));
  return [a, Math.max(b, a * 10)];
}

export interface ValidationStripProps {
  readonly names: readonly CompareName[];
  readonly runs: readonly (readonly ComparisonRun[])[];
}

export const ValidationStrip = memo(function ValidationStrip({ names, runs }: ValidationStripProps) {
  const [lo, hi] = stripDomain(runs);
  const x = scaleLog().domain([lo, hi]).range([LABEL, W - RIGHT]);
  const height = names.length * ROW + AXIS;
  const decades: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) decades.push(e);
  return (
    <svg viewBox={`0 0 ${W} ${height}`} width="100%" aria-hidden="true" data-testid="compare-strip" style={{ display: 'block', maxWidth: `${W}px` }}>
      {decades.map((e) => (
        <g key={e}>
          <line x1={x(10 ** e)} x2={x(10 ** e)} y1={0} y2={names.length * ROW} style={{ stroke: color.border }} strokeWidth={1} />
          <text x={x(10 ** e)} y={names.length * ROW + 16} textAnchor="middle" fontSize={11} style={{ fill: color.muted }}>
            {powerOfTen(e)}
          </text>
        </g>
      ))}
      {names.map((n, i) => {
        const y = i * ROW + ROW / 2;
        const ok = (runs[i] ?? []).filter((r) => r.divergedAt === null && Number.isFinite(r.validationLoss));
        const m = median(ok.map((r) => r.validationLoss));
        const s = RACER_STYLES[n];
        return (
          <g key={n} data-strip={n}>
            <text x={LABEL - 8} y={y + 4} textAnchor="end" fontSize={12} style={{ fill: color.fg }}>
              {COMPARE_LABELS[n]}
            </text>
            <line x1={LABEL} x2={W - RIGHT} y1={y} y2={y} style={{ stroke: color.border }} strokeDasharray="2 3" />
            {ok.map((r) => (
              <path
                key={r.seed}
                d={racerMarkPath(n, 46)}
                transform={`translate(${x(Math.max(FLOOR, r.validationLoss)).toFixed(1)},${y})`}
                style={s.stroked ? { fill: 'none', stroke: s.color } : { fill: s.color, stroke: color.bg }}
                fillOpacity={0.8}
                strokeWidth={s.stroked ? 2 : 1}
              />
            ))}
            {Number.isFinite(m) ? <line x1={x(Math.max(FLOOR, m))} x2={x(Math.max(FLOOR, m))} y1={y - 9} y2={y + 9} style={{ stroke: color.fg }} strokeWidth={2} /> : null}
          </g>
        );
      })}
      <text x={(LABEL + W - RIGHT) / 2} y={height - 1} textAnchor="middle" fontSize={11} style={{ fill: color.muted }}>
        validation loss (log scale)
      </text>
    </svg>
  );
});
