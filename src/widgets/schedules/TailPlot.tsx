/**
 * A close-up around least squares: each run's last 50 iterates as points (the constant rate's
 * as grey crosses, the schedule's as orange circles, so they differ without colour), with
 * each cloud's RMS spread as a dashed circle round its mean. The window is the smallest of a
 * few fixed zooms that holds both circles, so it changes in steps, not with every slider move.
 */
import { color, Cross, PlotFrame, ScatterPlot, usePlot } from '../kit';
import type { Spread } from './scheduleModel';

const ZOOMS = [0.05, 0.1, 0.25, 0.5, 1, 2, 4] as const;

/** Half-width of the close-up: the first zoom that holds both spreads' circles around the optimum. */
export function tailRadius(center: readonly [number, number], spreads: readonly (Spread | null)[]): number {
  let need = 0;
  for (const s of spreads) {
    if (!s) continue;
    need = Math.max(need, Math.abs(s.mean[0] - center[0]) + 1.5 * s.rms, Math.abs(s.mean[1] - center[1]) + 1.5 * s.rms);
  }
  return ZOOMS.find((z) => z >= need) ?? ZOOMS[ZOOMS.length - 1];
}

function SpreadCircle({ spread, stroke }: { spread: Spread; stroke: string }) {
  const { x, y } = usePlot();
  const rx = Math.abs(x(spread.mean[0] + spread.rms) - x(spread.mean[0]));
  const ry = Math.abs(y(spread.mean[1] + spread.rms) - y(spread.mean[1]));
  return <ellipse cx={x(spread.mean[0])} cy={y(spread.mean[1])} rx={rx} ry={ry} fill="none" style={{ stroke }} strokeWidth={1.5} strokeDasharray="4 3" aria-hidden="true" />;
}

export interface TailPlotProps {
  center: readonly [number, number];
  scheduled: { params: Float64Array; spread: Spread | null } | null;
  constant: { params: Float64Array; spread: Spread | null } | null;
}

const tailOf = (params: Float64Array, s: Spread) => {
  const xs = new Float64Array(s.count), ys = new Float64Array(s.count);
  for (let i = 0; i < s.count; i++) {
    xs[i] = params[2 * (s.from + i)];
    ys[i] = params[2 * (s.from + i) + 1];
  }
  return { xs, ys };
};

export function TailPlot({ center, scheduled, constant }: TailPlotProps) {
  const r = tailRadius(center, [scheduled?.spread ?? null, constant?.spread ?? null]);
  const c = constant?.spread ? tailOf(constant.params, constant.spread) : null;
  const s = scheduled?.spread ? tailOf(scheduled.params, scheduled.spread) : null;
  return (
    <PlotFrame label={`The last iterates near least squares, ±${r} around it`} x={[center[0] - r, center[0] + r]} y={[center[1] - r, center[1] + r]} xLabel="slope m" yLabel="intercept b" aspect={1} maxHeight={320}>
      {c && constant?.spread ? (
        <>
          <ScatterPlot x={c.xs} y={c.ys} group={new Float64Array(c.xs.length).fill(1)} colors={[color.muted, color.muted]} radius={3} label="last iterates, constant rate" />
          <SpreadCircle spread={constant.spread} stroke={color.muted} />
        </>
      ) : null}
      {s && scheduled?.spread ? (
        <>
          <ScatterPlot x={s.xs} y={s.ys} colors={[color.accent2]} radius={3} label="last iterates, scheduled rate" />
          <SpreadCircle spread={scheduled.spread} stroke={color.accent2} />
        </>
      ) : null}
      <Cross x={center[0]} y={center[1]} label="least-squares solution" />
    </PlotFrame>
  );
}
