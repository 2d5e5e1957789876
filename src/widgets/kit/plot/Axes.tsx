/**
 * Bottom and left axes, drawn by React from d3's `scale.ticks()` and `scale.tickFormat()`
 * (d3-axis would want to own the DOM). Hidden from screen readers: tick labels read out one
 * by one say nothing; a Figure's srDescription says what the plot shows.
 */
import { format } from 'd3';
import { powerOfTen } from '../numberText';
import { memo } from 'react';
import styles from './PlotFrame.module.css';
import { type PlotScale, usePlot } from './plotContext';

export interface AxesProps {
  /** Axis titles, drawn under the x axis and along the y axis. */
  xLabel?: string;
  yLabel?: string;
  /** Approximate tick counts (d3 picks round values near these). */
  xTicks: number;
  yTicks: number;
  /** Faint grid lines at the ticks. */
  grid?: boolean;
  /** Scale types: log axes label in plain numbers (0.001), not SI prefixes (1m). */
  xType?: 'linear' | 'log';
  yType?: 'linear' | 'log';
  /** Whole-number ticks only (steps, epochs). */
  xInteger?: boolean;
  yInteger?: boolean;
}

const TICK = 5;

/** Pixel positions to 0.01 px: enough for any screen, and stable text for snapshot tests. */
const px = (v: number) => Math.round(v * 100) / 100;

const wholeNumber = format(',d');

/**
 * A log axis's labels: d3's choice of which ticks to label (the rest get ""), in plain numbers
 * from 0.001 to 1,000 and as powers of ten beyond ("10⁻⁵", not "1e-5" or "0.00001"), the way
 * the widgets' readouts write them.
 */
function logTickFormat(scale: PlotScale, count: number): (v: number) => string {
  const plain = scale.tickFormat(count, '~g');
  return (v) => {
    const text = plain(v);
    const exponent = Math.log10(v);
    if (text === '' || !Number.isInteger(exponent) || Math.abs(exponent) < 4) return text;
    return powerOfTen(exponent);
  };
}

/** Tick values and their labels, as drawn (PlotFrame also uses them to size its left margin). */
export function axisTicks(scale: PlotScale, count: number, type: 'linear' | 'log', integer: boolean) {
  const values = integer ? scale.ticks(count).filter(Number.isInteger) : scale.ticks(count);
  const label = integer ? wholeNumber : type === 'log' ? logTickFormat(scale, count) : scale.tickFormat(count);
  return values.map((v) => ({ v, label: label(v) }));
}

function AxesLayer({ xLabel, yLabel, xTicks, yTicks, grid = false, xType = 'linear', yType = 'linear', xInteger = false, yInteger = false }: AxesProps) {
  const { x, y, inner } = usePlot();
  const bottom = inner.top + inner.height;
  const right = inner.left + inner.width;
  const xt = axisTicks(x, xTicks, xType, xInteger);
  const yt = axisTicks(y, yTicks, yType, yInteger);

  return (
    <g className={styles.axes} aria-hidden="true">
      {grid && (
        <g className={styles.grid}>
          {xt.map(({ v }) => (
            <line key={`gx${v}`} x1={px(x(v))} x2={px(x(v))} y1={inner.top} y2={bottom} />
          ))}
          {yt.map(({ v }) => (
            <line key={`gy${v}`} x1={inner.left} x2={right} y1={px(y(v))} y2={px(y(v))} />
          ))}
        </g>
      )}
      <line className={styles.domain} x1={inner.left} x2={right} y1={bottom} y2={bottom} />
      {xt.map(({ v, label }) => (
        <g key={`x${v}`} transform={`translate(${px(x(v))},${bottom})`}>
          <line y2={TICK} />
          <text y={TICK + 3} dy="0.71em" textAnchor="middle">
            {label}
          </text>
        </g>
      ))}
      <line className={styles.domain} x1={inner.left} x2={inner.left} y1={inner.top} y2={bottom} />
      {yt.map(({ v, label }) => (
        <g key={`y${v}`} transform={`translate(${inner.left},${px(y(v))})`}>
          <line x2={-TICK} />
          <text x={-TICK - 3} dy="0.32em" textAnchor="end">
            {label}
          </text>
        </g>
      ))}
      {xLabel && (
        <text className={styles.axisLabel} x={inner.left + inner.width / 2} y={bottom + 36} textAnchor="middle">
          {xLabel}
        </text>
      )}
      {yLabel && (
        // At the SVG's left edge (dy hangs the glyphs inwards), clear of the tick labels,
        // which PlotFrame's left margin is sized to hold.
        <text
          className={styles.axisLabel}
          transform={`translate(2,${inner.top + inner.height / 2}) rotate(-90)`}
          dy="0.71em"
          textAnchor="middle"
        >
          {yLabel}
        </text>
      )}
    </g>
  );
}

/** Memoized (its props are plain values, its scales come from context): a point dragged over
 *  the plot does not re-render the axes. */
export const Axes = memo(AxesLayer);
