/**
 * Each eigen-direction's error |e_t| ÷ |e_0| against step on a fixed log axis: the slow
 * direction (x) and the fast one (y), each the sum of two damped oscillations c₁μ₁ᵗ + c₂μ₂ᵗ,
 * with its predicted envelope ρᵗ faint and dashed beside it. An underdamped direction's dips
 * (where the error passes through zero) hang below its envelope; an overdamped one runs
 * parallel to it. The whole run is drawn thin, the part played so far thick.
 */
import { useMemo } from 'react';
import { LinePlot, PlotFrame, superscript, usePlot } from '../kit';
import { FAST_COLOR, SLOW_COLOR } from './directionColors';
import type { ExplorerReport } from './directionReport';
import type { MomentumPath } from './momentumRun';
import styles from './momentum.module.css';

export const ERROR_FLOOR = 1e-10;
const ERROR_CEILING = 1e5;
const POWERS = [-10, -8, -6, -4, -2, 0, 2, 4];

export interface DirectionErrorPlotProps {
  path: MomentumPath;
  report: ExplorerReport;
  /** The run's requested length (the x axis). */
  steps: number;
  /** Playback position. */
  upTo: number;
}

/** y ticks as 10ⁿ (d3's log labels would read "1e-10"). */
function PowerTicks() {
  const { y, inner } = usePlot();
  return (
    <g aria-hidden="true">
      {POWERS.map((p) => {
        const py = y(10 ** p);
        return (
          <g key={p}>
            <line className={styles.gridLine} x1={inner.left} x2={inner.left + inner.width} y1={py} y2={py} />
            <text className={styles.tickText} x={inner.left - 8} y={py} dy="0.32em" textAnchor="end">
              {p === 0 ? '1' : `10${superscript(String(p))}`}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** |e_t| ÷ |e_0| along coordinate i, held inside the axis. */
function relativeErrors(path: MomentumPath, i: 0 | 1): Float64Array {
  const e0 = Math.abs(path.points[i]);
  return Float64Array.from({ length: path.steps + 1 }, (_, t) => Math.min(ERROR_CEILING, Math.max(ERROR_FLOOR, Math.abs(path.points[2 * t + i]) / e0)));
}

/** ρᵗ over the axis's steps (held inside the axis). */
function envelope(rate: number, steps: number): Float64Array {
  return Float64Array.from({ length: steps + 1 }, (_, t) => Math.min(ERROR_CEILING, Math.max(ERROR_FLOOR, rate ** t)));
}

export function DirectionErrorPlot({ path, report, steps, upTo }: DirectionErrorPlotProps) {
  const shown = Math.min(upTo, path.steps);
  const slowRate = report.directions[0].rate, fastRate = report.directions[1].rate;
  // Per run, not per played step: playback only slices these.
  const series = useMemo(() => {
    const ts = Float64Array.from({ length: steps + 1 }, (_, t) => t);
    return {
      ts,
      runTs: ts.subarray(0, path.steps + 1),
      lines: [
        { direction: 'slow', stroke: SLOW_COLOR, errors: relativeErrors(path, 0), envelope: envelope(slowRate, steps) },
        { direction: 'fast', stroke: FAST_COLOR, errors: relativeErrors(path, 1), envelope: envelope(fastRate, steps) },
      ],
    };
  }, [path, steps, slowRate, fastRate]);
  const { ts, runTs, lines } = series;
  return (
    <PlotFrame
      label="Error along each eigen-direction as a fraction of its start, against step, on a logarithmic axis"
      x={[0, Math.max(1, steps)]}
      y={[ERROR_FLOOR, ERROR_CEILING]}
      yScale="log"
      yTicks={0}
      margin={{ left: 62 }}
      xLabel="step"
      yLabel="|error| ÷ |starting error|"
      xInteger
      aspect={0.8}
      maxHeight={400}
    >
      <PowerTicks />
      {lines.map(({ direction, stroke, errors, envelope: bound }) => (
        <g key={direction} data-direction={direction}>
          <g opacity={0.55}>
            <LinePlot x={ts} y={bound} color={stroke} strokeWidth={1.25} dashed />
          </g>
          <g opacity={0.35}>
            <LinePlot x={runTs} y={errors} color={stroke} strokeWidth={1.5} />
          </g>
          <LinePlot x={runTs.subarray(0, shown + 1)} y={errors.subarray(0, shown + 1)} color={stroke} strokeWidth={2.25} />
        </g>
      ))}
    </PlotFrame>
  );
}
