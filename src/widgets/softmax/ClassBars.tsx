/**
 * One horizontal bar per class: its name on the left, its value written on the right, the bar
 * between, drawn from 0 (so a signed value grows left or right of a middle zero line). Rows,
 * not columns, because six class names fit under each other at 375 px but not side by side.
 * The domain is fixed by the caller (probabilities [0, 1], softmax gradients [−1, 1]), so bars
 * do not rescale under a moving slider. d3 scales place things; React draws them.
 */
import { scaleBand, scaleLinear } from 'd3';
import { useRef } from 'react';
import { color, useSize } from '../kit';
import styles from './softmax.module.css';

export interface ClassBarsProps {
  /** Accessible name of the picture (its Figure says the values in words). */
  label: string;
  names: readonly string[];
  values: readonly number[];
  /** Value range of the bar area; include 0. */
  domain: readonly [lo: number, hi: number];
  /** Index of the true class, drawn in the second accent. */
  truth: number;
  /** The text written at the right of each row. */
  format: (v: number) => string;
  /** Test id prefix of the value texts (`${testId}-${k}`). */
  testId: string;
}

const ROW = 30;
const NAME_W = 62;
const VALUE_W = 78;
const PAD = 6;

export function ClassBars({ label, names, values, domain, truth, format, testId }: ClassBarsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width: measured } = useSize(ref, { width: 360, height: 0 });
  const width = Math.max(200, measured);
  const height = names.length * ROW + 2 * PAD;
  const x = scaleLinear().domain(domain).range([NAME_W, width - VALUE_W]).clamp(true);
  const y = scaleBand<number>().domain(names.map((_, k) => k)).range([PAD, height - PAD]).paddingInner(0.3).paddingOuter(0.15);
  const x0 = x(0);
  const band = y.bandwidth();
  return (
    <div ref={ref} className={styles.bars}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {/* The full range as a faint track, so a bar's length reads as a share of it. */}
        <rect x={x(domain[0])} y={PAD} width={x(domain[1]) - x(domain[0])} height={height - 2 * PAD} style={{ fill: color.surface }} />
        {names.map((name, k) => {
          const top = y(k) ?? 0;
          const v = values[k];
          const end = x(v);
          const fill = k === truth ? color.accent2 : color.accent;
          return (
            <g key={name} data-class={name}>
              <text className={k === truth ? styles.barNameTrue : styles.barName} x={NAME_W - 8} y={top + band / 2} dy="0.35em" textAnchor="end">
                {name}
              </text>
              <rect x={Math.min(x0, end)} y={top} width={Math.max(v === 0 ? 0 : 1, Math.abs(end - x0))} height={band} style={{ fill }} />
              <text className={styles.barValue} x={width - 4} y={top + band / 2} dy="0.35em" textAnchor="end" data-testid={`${testId}-${k}`}>
                {format(v)}
              </text>
            </g>
          );
        })}
        <line x1={x0} x2={x0} y1={PAD - 3} y2={height - PAD + 3} style={{ stroke: color.fg }} strokeWidth={1} />
      </svg>
    </div>
  );
}
