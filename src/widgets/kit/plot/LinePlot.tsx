/**
 * A line through (x[i], y[i]) inside a PlotFrame. Accepts typed arrays straight from the worker.
 * Non-finite values break the line instead of dropping it to zero.
 */
import { line } from 'd3';
import { useMemo } from 'react';
import { color as theme } from '../theme';
import { PlotClip } from './PlotClip';
import { drawable, toPixels } from './pixels';
import { usePlot } from './plotContext';

export interface LinePlotProps {
  /** x values, in order along the line. */
  x: ArrayLike<number>;
  /** y values, same length as x. */
  y: ArrayLike<number>;
  /** Stroke colour (default: the accent). */
  color?: string;
  /** Stroke width in pixels (default 2). */
  strokeWidth?: number;
  /** Dashed stroke (e.g. a validation curve or a target line). */
  dashed?: boolean;
  /** Accessible name; without one the line is decorative (aria-hidden). */
  label?: string;
}

export function LinePlot({ x: xs, y: ys, color = theme.accent, strokeWidth = 2, dashed = false, label }: LinePlotProps) {
  const { x, y } = usePlot();
  const d = useMemo(() => {
    const gen = line<[number, number]>().defined(drawable).digits(2);
    return gen(toPixels(x, y, xs, ys)) ?? '';
  }, [x, y, xs, ys]);

  return (
    <PlotClip>
      <path
        d={d}
        fill="none"
        style={{ stroke: color }}
        strokeWidth={strokeWidth}
        strokeDasharray={dashed ? '6 4' : undefined}
        strokeLinejoin="round"
        strokeLinecap="round"
        role={label ? 'img' : undefined}
        aria-label={label}
        aria-hidden={label ? undefined : true}
      />
    </PlotClip>
  );
}
