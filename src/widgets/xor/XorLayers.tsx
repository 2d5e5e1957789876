/**
 * SVG layers both parts draw with, inside a PlotFrame: a line's two shaded half-planes and the
 * line itself, and the four XOR points marked right or wrong. Class 0 is a blue circle, class 1
 * an orange square (shape as well as colour); a wrong point gets a red ring and a ✗, a right
 * one a ✓, so the verdict does not rest on colour either.
 */
import { color, PlotClip, usePlot } from '../kit';
import type { Vec2 } from '../state/schema';
import { halfPlane, type Neuron, visibleSegment, XOR_DATA } from './xorModel';

const CLASS_FILL = [color.accent, color.accent2] as const;

export interface HalfPlanesProps {
  readonly neuron: Neuron;
  /** What the line means, for its accessible name. */
  readonly label: string;
}

/** Class-0 side tinted blue, class-1 side orange, the line between them. Nothing when w = 0. */
export function HalfPlanes({ neuron, label }: HalfPlanesProps) {
  const plot = usePlot();
  const toPath = (poly: readonly Vec2[]) => (poly.length < 3 ? '' : `M${poly.map(([a, c]) => `${plot.x(a).toFixed(2)},${plot.y(c).toFixed(2)}`).join('L')}Z`);
  const seg = visibleSegment(neuron, plot.xDomain, plot.yDomain);
  return (
    <PlotClip>
      <g aria-hidden="true">
        {([0, 1] as const).map((side) => (
          <path key={side} d={toPath(halfPlane(neuron, side, plot.xDomain, plot.yDomain))} style={{ fill: CLASS_FILL[side] }} fillOpacity={0.14} />
        ))}
      </g>
      {seg ? (
        <line
          x1={plot.x(seg[0][0])} y1={plot.y(seg[0][1])} x2={plot.x(seg[1][0])} y2={plot.y(seg[1][1])}
          style={{ stroke: color.fg }} strokeWidth={2.5} role="img" aria-label={label}
        />
      ) : null}
    </PlotClip>
  );
}

export interface XorPointsProps {
  /** Where each of the four points is drawn (input space, or where it lands in hidden space). */
  readonly at: readonly Vec2[];
  /** Right or wrong per point; undefined draws no verdict. */
  readonly right?: readonly boolean[];
  /** Paths the points took (hidden space over the snapshots so far), drawn faint under them. */
  readonly trails?: readonly (readonly Vec2[])[];
}

export function XorPoints({ at, right, trails }: XorPointsProps) {
  const plot = usePlot();
  return (
    <PlotClip>
      {trails?.map((trail, i) => (
        <polyline
          key={`t${i}`}
          points={trail.filter(([a, c]) => Number.isFinite(a) && Number.isFinite(c)).map(([a, c]) => `${plot.x(a).toFixed(1)},${plot.y(c).toFixed(1)}`).join(' ')}
          fill="none" style={{ stroke: CLASS_FILL[XOR_DATA[i].y] }} strokeWidth={1.5} strokeOpacity={0.55} aria-hidden="true"
        />
      ))}
      {XOR_DATA.map(({ y }, i) => {
        const px = plot.x(at[i][0]), py = plot.y(at[i][1]);
        if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
        const ok = right?.[i];
        return (
          <g key={i} transform={`translate(${px.toFixed(2)},${py.toFixed(2)})`} aria-hidden="true" data-right={ok === undefined ? undefined : String(ok)}>
            {ok === false ? <circle r={13} fill="none" style={{ stroke: color.danger }} strokeWidth={2.5} /> : null}
            {y === 0
              ? <circle r={8} style={{ fill: CLASS_FILL[0], stroke: color.bg }} strokeWidth={1.5} />
              : <rect x={-7.5} y={-7.5} width={15} height={15} style={{ fill: CLASS_FILL[1], stroke: color.bg }} strokeWidth={1.5} />}
            {ok === undefined ? null : (
              <text x={15} y={-9} fontSize={15} fontWeight={700} style={{ fill: ok ? color.fg : color.danger }}>{ok ? '✓' : '✗'}</text>
            )}
          </g>
        );
      })}
    </PlotClip>
  );
}
