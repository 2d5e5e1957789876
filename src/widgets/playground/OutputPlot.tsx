/**
 * The decision boundary (classification) or the regression surface over the input box: the
 * worker's output grid painted on a canvas under the plot (one pixel per cell, scaled up), the
 * training points filled and the test points as rings on top. Memoized: the canvas repaints
 * only when a new grid lands, the points only when the data change.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { color, groupColors, PlotClip, PlotFrame, usePlot } from '../kit';
import type { PlaygroundData } from '../../worker/tasks/playgroundData';
import { PLAYGROUND_EXTENT } from '../../worker/tasks/playgroundData';
import { divergingRgb, paintOutput } from './colors';

interface OutputGrid {
  readonly values: Float64Array;
  readonly side: number;
}

function OutputCanvas({ grid, classes, regression }: { grid: OutputGrid; classes: number; regression: boolean }) {
  const { x, y, inner } = usePlot();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current, ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(inner.width * dpr);
    canvas.height = Math.round(inner.height * dpr);
    const image = document.createElement('canvas');
    image.width = grid.side;
    image.height = grid.side;
    const ictx = image.getContext('2d');
    if (!ictx) return;
    const data = ictx.createImageData(grid.side, grid.side);
    data.data.set(paintOutput(grid.values, grid.side, classes, regression));
    ictx.putImageData(data, 0, 0);
    const [lo, hi] = PLAYGROUND_EXTENT;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(image, (x(lo) - inner.left) * dpr, (y(hi) - inner.top) * dpr, (x(hi) - x(lo)) * dpr, (y(lo) - y(hi)) * dpr);
  }, [grid, classes, regression, x, y, inner.left, inner.top, inner.width, inner.height]);
  return <canvas ref={ref} aria-hidden="true" style={{ display: 'block', width: inner.width, height: inner.height }} />;
}

const pointFill = (regression: boolean, label: number): string => {
  if (!regression) return groupColors[label % groupColors.length];
  const [r, g, b] = divergingRgb(label);
  return `rgb(${r}, ${g}, ${b})`;
};

const Points = memo(function Points({ data, showTest }: { data: PlaygroundData; showTest: boolean }) {
  const plot = usePlot();
  const dots = (xy: Float64Array, ys: Float64Array, test: boolean) =>
    Array.from(ys, (label, i) => {
      const cx = plot.x(xy[2 * i]), cy = plot.y(xy[2 * i + 1]);
      const fill = pointFill(data.regression, label);
      return test
        ? <circle key={`t${i}`} cx={cx} cy={cy} r={3.5} fill="none" style={{ stroke: fill }} strokeWidth={2} />
        : <circle key={`r${i}`} cx={cx} cy={cy} r={3.5} style={{ fill, stroke: color.fg }} strokeWidth={0.75} />;
    });
  return (
    <PlotClip>
      <g aria-hidden="true">
        {dots(data.train.x, data.train.y, false)}
        {showTest ? dots(data.test.x, data.test.y, true) : null}
      </g>
    </PlotClip>
  );
});

export interface OutputPlotProps {
  readonly data: PlaygroundData;
  /** The newest output grid, or null before the first chunk. */
  readonly values: Float64Array | null;
  readonly side: number;
  readonly showTest: boolean;
}

export const OutputPlot = memo(function OutputPlot({ data, values, side, showTest }: OutputPlotProps) {
  const grid = useMemo(() => (values ? { values, side } : null), [values, side]);
  return (
    <PlotFrame
      label={data.regression ? 'The network\'s output over the input plane, with the points' : 'The network\'s decision regions over the input plane, with the points'}
      x={PLAYGROUND_EXTENT} y={PLAYGROUND_EXTENT} xLabel="x₁" yLabel="x₂" aspect={1} maxHeight={420}
      underlay={grid ? <OutputCanvas grid={grid} classes={data.classes} regression={data.regression} /> : undefined}
    >
      <Points data={data} showTest={showTest} />
    </PlotFrame>
  );
});
