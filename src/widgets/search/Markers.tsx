/**
 * The trials as marks in a PlotFrame: grid trials as squares, random trials as circles, the best
 * of each outlined with a ring, diverged trials (where drawn) as an ×. Data coordinates come in;
 * `diverged` says where on y a diverged trial sits (null: not drawn).
 */
import { memo } from 'react';
import { color, usePlot } from '../kit';
import type { SearchKind } from './searchModel';

export const KIND_COLOR: Readonly<Record<SearchKind, string>> = { grid: color.accent, random: color.accent2 };

export interface Mark {
  readonly x: number;
  readonly y: number;
  readonly diverged: boolean;
}

export interface MarkersProps {
  readonly kind: SearchKind;
  readonly marks: readonly Mark[];
  /** Index of the best mark, outlined (null: none). */
  readonly best: number | null;
  readonly size?: number;
}

/** One trial's shape at (px, py): a square for the grid, a circle for random. */
export function Shape({ kind, px, py, r, fill }: { kind: SearchKind; px: number; py: number; r: number; fill: string }) {
  return kind === 'grid'
    ? <rect x={px - r} y={py - r} width={2 * r} height={2 * r} fill={fill} stroke={color.bg} strokeWidth={1.25} />
    : <circle cx={px} cy={py} r={r * 1.1} fill={fill} stroke={color.bg} strokeWidth={1.25} />;
}

export const Markers = memo(function Markers({ kind, marks, best, size = 4.5 }: MarkersProps) {
  const plot = usePlot();
  const fill = KIND_COLOR[kind];
  return (
    <g data-search={kind} aria-hidden="true">
      {marks.map((m, i) => {
        const px = plot.x(m.x), py = plot.y(m.y);
        if (m.diverged) {
          const r = size * 0.9;
          return (
            <g key={i} data-diverged="" stroke={fill} strokeWidth={2.25}>
              <line x1={px - r} y1={py - r} x2={px + r} y2={py + r} />
              <line x1={px - r} y1={py + r} x2={px + r} y2={py - r} />
            </g>
          );
        }
        return <Shape key={i} kind={kind} px={px} py={py} r={size} fill={fill} />;
      })}
      {best !== null && marks[best] ? (
        <g data-best={kind}>
          {kind === 'grid'
            ? <rect x={plot.x(marks[best].x) - size - 4} y={plot.y(marks[best].y) - size - 4} width={2 * size + 8} height={2 * size + 8} fill="none" stroke={color.fg} strokeWidth={2} />
            : <circle cx={plot.x(marks[best].x)} cy={plot.y(marks[best].y)} r={size + 5} fill="none" stroke={color.fg} strokeWidth={2} />}
        </g>
      ) : null}
    </g>
  );
});
