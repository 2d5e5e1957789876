/**
 * The decision boundary (classification) or the regression surface over the input box: the
 * worker's output grid painted on a canvas under the plot (one pixel per cell, scaled up), the
 * training points filled and the test points as rings on top. Memoized: the canvas repaints
 * only when a new grid lands, the points only when the data change. With `drawing`, the reader
 * adds points by click, tap or keyboard (a focusable area with a cursor) and removes them.
 */
import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import { color, groupColors, PlotClip, PlotFrame, usePlot } from '../kit';
import type { PlaygroundData } from '../../worker/tasks/playgroundData';
import { PLAYGROUND_EXTENT } from '../../worker/tasks/playgroundData';
import { divergingRgb, paintOutput } from './colors';
import styles from './playground.module.css';
import { ClickRect, Cursor, DrawnMarks } from './DrawLayer';
import type { LabelledPoint } from './drawnPoints';

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

/** Drawing on the plot (classification only): where a click, a tap or Enter puts a point, and Delete. */
export interface PlotDrawing {
  readonly points: readonly LabelledPoint[];
  /** The class a new point gets. */
  readonly label: number;
  /** A click or tap at (x, y): adds a point, or removes the drawn one under it. */
  readonly onPoint: (x: number, y: number) => void;
  /** Enter at the cursor: always adds. */
  readonly onAdd: (x: number, y: number) => void;
  /** Delete at the cursor: removes the nearest drawn point. */
  readonly onRemove: (x: number, y: number) => void;
}

export interface OutputPlotProps {
  readonly data: PlaygroundData;
  /** The newest output grid, or null before the first chunk. */
  readonly values: Float64Array | null;
  readonly side: number;
  readonly showTest: boolean;
  readonly drawing?: PlotDrawing;
}

/** Arrow keys move the cursor by 0.1 (Shift: 0.5), inside the box. */
const KEY_MOVES: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

export const OutputPlot = memo(function OutputPlot({ data, values, side, showTest, drawing }: OutputPlotProps) {
  const grid = useMemo(() => (values ? { values, side } : null), [values, side]);
  const [cursor, setCursor] = useState<readonly [number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!drawing) return;
    const move = KEY_MOVES[e.key];
    const [lo, hi] = PLAYGROUND_EXTENT;
    if (move) {
      const d = e.shiftKey ? 0.5 : 0.1;
      const clamp = (v: number) => Math.round(Math.min(hi, Math.max(lo, v)) * 100) / 100;
      setCursor(([x, y]) => [clamp(x + move[0] * d), clamp(y + move[1] * d)]);
    } else if (e.key === 'Enter' || e.key === ' ') drawing.onAdd(cursor[0], cursor[1]);
    else if (e.key === 'Delete' || e.key === 'Backspace') drawing.onRemove(cursor[0], cursor[1]);
    else return;
    e.preventDefault();
  };
  const frame = (
    <PlotFrame
      label={data.regression ? 'The network\'s output over the input plane, with the points' : 'The network\'s decision regions over the input plane, with the points'}
      x={PLAYGROUND_EXTENT} y={PLAYGROUND_EXTENT} xLabel="x₁" yLabel="x₂" aspect={1} maxHeight={420}
      underlay={grid ? <OutputCanvas grid={grid} classes={data.classes} regression={data.regression} /> : undefined}
    >
      <Points data={data} showTest={showTest} />
      {drawing ? (
        <>
          <DrawnMarks points={drawing.points} />
          <ClickRect onPoint={drawing.onPoint} />
          {focused ? <Cursor at={cursor} label={drawing.label} /> : null}
        </>
      ) : null}
    </PlotFrame>
  );
  if (!drawing) return frame;
  return (
    <div
      tabIndex={0}
      role="application"
      aria-roledescription="drawing area"
      aria-label={`Add points: arrow keys move the cursor (at x₁ ${cursor[0].toFixed(2)}, x₂ ${cursor[1].toFixed(2)}), Enter adds a class ${drawing.label + 1} point, Delete removes the nearest drawn point. Or click or tap.`}
      data-testid="pg-plot"
      data-cursor={`${cursor[0]},${cursor[1]}`}
      className={styles.drawable}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      {frame}
    </div>
  );
});
