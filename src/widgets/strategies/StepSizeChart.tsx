/**
 * The step-size chart: change in training loss against the step s (log axis), the measured
 * change as a solid line with a mark per step size, the first-order prediction −s‖∇L‖² dashed.
 * The x axis is linear in k = log₁₀ s and labelled 10ᵏ here (the kit's log axis would mix
 * "1e-8" with "0.000001"); the kit draws no x ticks (xTicks = 0).
 * The two coincide while the step is short and part once it is long. The y range is set by the
 * decreases, so a large overshoot would squash everything else: a point above the top is drawn
 * as an arrow at the edge with its value written beside it.
 */
import { line } from 'd3';
import { useMemo } from 'react';
import { PlotClip, PlotFrame, color, formatValue, usePlot } from '../kit';
import { typographicMinus } from '../kit';
import type { StepTable } from './stepSizeTable';

/** The y range: the deepest decrease with room below (for the "best" label), and half as much above zero. */
export function changeDomain(table: StepTable): [number, number] {
  const lowest = Math.min(0, ...table.rows.map((r) => r.change).filter(Number.isFinite));
  const depth = lowest < 0 ? -lowest : Math.max(1e-12, ...table.rows.map((r) => Math.abs(r.change)).filter(Number.isFinite));
  return [-depth * 1.3, depth * 0.55];
}

/** Powers of ten along the bottom: every one, or every second or third when the plot is narrow. */
function PowerTicks({ table }: { table: StepTable }) {
  const { x, inner } = usePlot();
  const exponents = table.rows.map((r) => r.exponent);
  const perDecade = inner.width / Math.max(1, exponents.length - 1);
  const stride = perDecade >= 40 ? 1 : perDecade >= 22 ? 2 : 3;
  const bottom = inner.top + inner.height;
  return (
    <g aria-hidden="true" fontSize={12}>
      {exponents.map((k) => (
        <line key={`g${k}`} x1={x(k)} x2={x(k)} y1={inner.top} y2={bottom} style={{ stroke: color.border }} strokeOpacity={0.6} />
      ))}
      {exponents.map((k) => {
        const labelled = (k - exponents[exponents.length - 1]) % stride === 0;
        return (
          <g key={k} transform={`translate(${x(k).toFixed(2)},${bottom})`}>
            <line y2={labelled ? 5 : 3} style={{ stroke: color.muted }} />
            {labelled && (
              <text y={19} textAnchor="middle" style={{ fill: color.muted }}>
                10<tspan dy={-5} fontSize={9}>{String(k).replace('-', '\u2212')}</tspan>
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function Layers({ table }: { table: StepTable }) {
  const { x, y, inner } = usePlot();
  const top = inner.top;
  const drawn = useMemo(() => {
    const gen = line<[number, number]>().digits(2);
    const [lo, hi] = x.domain();
    const n = 240;
    const predicted: [number, number][] = [];
    for (let i = 0; i <= n; i++) {
      const k = lo + ((hi - lo) * i) / n;
      // Pin far-off values: the line leaves the plot at the bottom and the clip cuts it.
      predicted.push([x(k), Math.min(inner.top + inner.height + 50, y(-(10 ** k) * table.gradNormSq))]);
    }
    const points = table.rows.map((r) => ({ r, px: x(r.exponent), py: y(r.change), above: y(r.change) < top }));
    const measured: [number, number][] = points.map((p) => [p.px, Math.max(top - 6, p.py)]);
    return { predicted: gen(predicted) ?? '', measured: gen(measured) ?? '', points };
  }, [x, y, table, top, inner.top, inner.height]);
  const best = drawn.points[table.best];

  return (
    <>
      <PowerTicks table={table} />
      <line x1={inner.left} x2={inner.left + inner.width} y1={y(0)} y2={y(0)} style={{ stroke: color.fg }} strokeWidth={1} aria-hidden="true" />
      <text x={inner.left + 6} y={y(0) - 5} style={{ fill: color.muted }} fontSize={11} aria-hidden="true">
        no change
      </text>
      <PlotClip>
        <path d={drawn.predicted} fill="none" style={{ stroke: color.accent2 }} strokeWidth={2} strokeDasharray="6 4" data-testid="stepsize-predicted" aria-hidden="true" />
        <path d={drawn.measured} fill="none" style={{ stroke: color.accent }} strokeWidth={2.25} strokeLinejoin="round" data-testid="stepsize-measured" aria-hidden="true" />
        {drawn.points.map((p) =>
          p.above ? null : (
            <circle key={p.r.exponent} cx={p.px} cy={p.py} r={3.5} style={{ fill: color.accent, stroke: color.bg }} strokeWidth={1.25} aria-hidden="true" />
          ),
        )}
      </PlotClip>
      {drawn.points.map((p) =>
        p.above ? (
          <g key={p.r.exponent} transform={`translate(${p.px.toFixed(2)},${top})`} aria-hidden="true">
            <path d="M0,-2 L5,7 L-5,7 Z" style={{ fill: color.danger }} />
            <text x={-8} y={12} textAnchor="end" fontSize={11} style={{ fill: color.danger }}>
              {`+${typographicMinus(formatValue(p.r.change))} ↑`}
            </text>
          </g>
        ) : null,
      )}
      {best && !best.above && (
        <g transform={`translate(${best.px.toFixed(2)},${best.py.toFixed(2)})`} aria-hidden="true">
          <circle r={8} fill="none" style={{ stroke: color.fg }} strokeWidth={1.5} />
          <text y={22} textAnchor="middle" fontSize={12} fontWeight={600} style={{ fill: color.fg }}>
            best
          </text>
        </g>
      )}
    </>
  );
}

export function StepSizeChart({ table }: { table: StepTable }) {
  const first = table.rows[0]?.exponent ?? -10;
  const last = table.rows[table.rows.length - 1]?.exponent ?? 0;
  return (
    <PlotFrame
      label="Change in training loss against step size"
      x={[first - 0.4, last + 0.4]}
      y={changeDomain(table)}
      xLabel="step size s"
      yLabel="change in loss"
      xTicks={0}
      aspect={0.75}
      maxHeight={330}
      margin={{ right: 20 }}
      grid
    >
      <Layers table={table} />
    </PlotFrame>
  );
}
