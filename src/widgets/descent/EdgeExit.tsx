/**
 * Where a path leaves the plot: a warning mark at the point where the segment from the last
 * point inside to the first point outside crosses the plot's edge, labelled with that step.
 * A plot of a diverging run thus ends cleanly at its border instead of scribbling lines to
 * points a million pixels away.
 */
import { color, usePlot } from '../kit';
import type { Vec2 } from '../state';
import { exitParameter } from './viewWindow';

export interface EdgeExitProps {
  /** The last point inside the plot and the first one outside (data coordinates). */
  inside: Vec2;
  outside: Vec2;
  /** The step of the outside point. */
  step: number;
}

export function EdgeExit({ inside, outside, step }: EdgeExitProps) {
  const { x, y, xDomain, yDomain, inner } = usePlot();
  const s = exitParameter(inside, outside, xDomain, yDomain);
  const ex = Number.isFinite(outside[0]) ? inside[0] + s * (outside[0] - inside[0]) : inside[0];
  const ey = Number.isFinite(outside[1]) ? inside[1] + s * (outside[1] - inside[1]) : inside[1];
  const cx = x(ex), cy = y(ey);
  const right = cx > inner.left + inner.width / 2;
  const below = cy < inner.top + 24;
  const label = `step ${step} left the plot`;
  return (
    <g data-exit-step={step}>
      <title>{label}</title>
      <circle cx={cx} cy={cy} r={8} style={{ fill: color.bg, stroke: color.danger }} strokeWidth={2} />
      <path d={`M${cx - 3.5},${cy - 3.5}L${cx + 3.5},${cy + 3.5}M${cx + 3.5},${cy - 3.5}L${cx - 3.5},${cy + 3.5}`} style={{ stroke: color.danger }} strokeWidth={2} strokeLinecap="round" />
      <text
        x={cx + (right ? -13 : 13)}
        y={cy + (below ? 20 : -10)}
        textAnchor={right ? 'end' : 'start'}
        fontSize={11}
        style={{ fill: color.danger, paintOrder: 'stroke', stroke: color.bg, strokeWidth: 3 }}
      >
        {label}
      </text>
    </g>
  );
}
