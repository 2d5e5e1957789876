/**
 * Loss against step on a fixed logarithmic axis, as a fraction of the starting loss: from
 * 10⁻¹² (as good as the minimum) to 10⁹ (past the divergence threshold 10⁸). Fixed, so that
 * dragging α pivots the curve on the same axes: flat when too slow, plunging when good,
 * climbing when diverging. The whole run is drawn faint, the part played so far strong.
 * Values below the floor are drawn on it; a run that diverged stops at the step where it did,
 * with a dashed line there.
 */
import { color, LinePlot, PlotFrame, usePlot } from '../kit';
import { DIVERGENCE_FACTOR } from './learningRate';
import { superscript } from '../kit';
import styles from './rate.module.css';

export const LOSS_FLOOR = 1e-12;
const LOSS_CEILING = 1e9;
const POWERS = [-12, -8, -4, 0, 4, 8];
/** Width of "diverged above 10⁸" at the plot's 12 px, with room for the marker. */
const LABEL_WIDTH = 130;

export interface RateLossPlotProps {
  /** losses[t] = f after t steps (absolute). */
  losses: Float64Array;
  /** The run's requested length (the x axis). */
  steps: number;
  /** Playback position. */
  upTo: number;
  divergedAt: number | null;
}

/** y ticks as 10ⁿ, drawn here because d3's log labels read "1e-12". */
function PowerTicks() {
  const { y, inner } = usePlot();
  return (
    <g aria-hidden="true">
      {POWERS.map((p) => {
        const py = y(10 ** p);
        return (
          <g key={p}>
            <line className={styles.gridLine} x1={inner.left} x2={inner.left + inner.width} y1={py} y2={py} />
            <line className={styles.tickLine} x1={inner.left - 5} x2={inner.left} y1={py} y2={py} />
            <text className={styles.tickText} x={inner.left - 8} y={py} dy="0.32em" textAnchor="end">
              {p === 0 ? '1' : `10${superscript(String(p))}`}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Guides({ divergedAt, current, value }: { divergedAt: number | null; current: number; value: number }) {
  const { x, y, inner } = usePlot();
  const right = inner.left + inner.width;
  const threshold = y(DIVERGENCE_FACTOR);
  // The label sits at the left end of the threshold line, unless the marker is there (a run
  // that diverged within its first steps stops on it): then at the right end.
  const onLabel = x(current) < inner.left + LABEL_WIDTH && Math.abs(y(value) - (threshold - 8)) < 16;
  return (
    <g>
      <line className={styles.refLine} x1={inner.left} x2={right} y1={y(1)} y2={y(1)} />
      <text className={styles.refText} x={right - 4} y={y(1) - 4} textAnchor="end">start</text>
      <line className={styles.limitLine} x1={inner.left} x2={right} y1={threshold} y2={threshold} />
      <text className={styles.limitText} x={onLabel ? right - 6 : inner.left + 6} y={threshold - 4} textAnchor={onLabel ? 'end' : 'start'}>
        diverged above 10⁸
      </text>
      {divergedAt !== null && (
        <line x1={x(divergedAt)} x2={x(divergedAt)} y1={inner.top} y2={inner.top + inner.height} style={{ stroke: color.danger }} strokeDasharray="4 3" strokeWidth={1.5} />
      )}
      {/* unclipped: at the last step the marker sits on the plot's right edge */}
      <circle cx={x(current)} cy={y(value)} r={4.5} style={{ fill: color.accent, stroke: color.bg }} strokeWidth={1.5} />
    </g>
  );
}

export function RateLossPlot({ losses, steps, upTo, divergedAt }: RateLossPlotProps) {
  const start = losses[0];
  const relative = losses.map((l) => Math.min(LOSS_CEILING, Math.max(LOSS_FLOOR, l / start)));
  const shown = Math.min(upTo, relative.length - 1);
  const ts = Float64Array.from({ length: relative.length }, (_, t) => t);
  return (
    <PlotFrame
      label="Loss as a fraction of the starting loss, against step, on a logarithmic axis"
      x={[0, Math.max(1, steps)]}
      y={[LOSS_FLOOR, LOSS_CEILING]}
      yScale="log"
      yTicks={0}
      margin={{ left: 62 }}
      xLabel="step"
      yLabel="loss ÷ starting loss"
      xInteger
      aspect={0.8}
      maxHeight={400}
    >
      <PowerTicks />
      <LinePlot x={ts} y={relative} color={color.border} strokeWidth={2} />
      <LinePlot x={ts.subarray(0, shown + 1)} y={relative.subarray(0, shown + 1)} color={color.accent} strokeWidth={2.25} />
      <Guides divergedAt={divergedAt} current={shown} value={relative[shown]} />
    </PlotFrame>
  );
}
