/**
 * Points at (x[i], y[i]), one mark per point, coloured and shaped by group (class) so two
 * classes differ for readers who cannot tell the colours apart.
 */
import { symbol, symbolsFill } from 'd3';
import { useMemo } from 'react';
import { color as theme, groupColors } from '../theme';
import { PlotClip } from './PlotClip';
import { drawable, toPixels } from './pixels';
import { usePlot } from './plotContext';

export interface ScatterPlotProps {
  /** x values. */
  x: ArrayLike<number>;
  /** y values, same length as x. */
  y: ArrayLike<number>;
  /** Group (class) of each point, 0, 1, 2 …: picks colour and shape. Default: all 0. */
  group?: ArrayLike<number>;
  /** Colour per group (default: accent, accent-2, then Tableau 10). */
  colors?: readonly string[];
  /** Mark size: radius of the circle in pixels (default 4). */
  radius?: number;
  /** Accessible name (e.g. "200 training points, 2 classes"); without one, decorative. */
  label?: string;
}

export function ScatterPlot({ x: xs, y: ys, group, colors = groupColors, radius = 4, label }: ScatterPlotProps) {
  const { x, y } = usePlot();
  const marks = useMemo(() => {
    const area = Math.PI * radius * radius;
    const shapes = symbolsFill.map((type) => symbol(type, area).digits(2)() ?? '');
    return toPixels(x, y, xs, ys).flatMap((p, i) => {
      if (!drawable(p)) return [];
      const g = group ? Math.max(0, Math.floor(group[i])) : 0;
      return [{ i, px: p[0], py: p[1], d: shapes[g % shapes.length], g }];
    });
  }, [x, y, xs, ys, group, radius]);

  return (
    <PlotClip>
      <g role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
        {marks.map((m) => (
          <path
            key={m.i}
            d={m.d}
            transform={`translate(${m.px.toFixed(2)},${m.py.toFixed(2)})`}
            style={{ fill: colors[m.g % colors.length], stroke: theme.bg }}
            strokeWidth={1}
          />
        ))}
      </g>
    </PlotClip>
  );
}
