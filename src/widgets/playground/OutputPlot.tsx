/**
 * The decision boundary (classification) or the regression surface over the input box: the
 * worker's output grid painted on a canvas under the plot (one pixel per cell, scaled up), the
 * training points filled and the test points as rings on top, on the same canvas. Memoized: it
 * repaints when a new grid lands or the data change. With `drawing`, the reader adds points by
 * click, tap or keyboard (a focusable area with a cursor) and removes them (SVG marks on top).
 */
import { type KeyboardEvent, memo, useMemo, useRef, useState } from 'react';
import { color, groupColors, pixelImage, PlotFrame, sizeBacking, useColorResolver, useIsomorphicLayoutEffect, usePlot } from '../kit';
import type { PlaygroundData } from '../../worker/tasks/playgroundData';
import { PLAYGROUND_EXTENT } from '../../worker/tasks/playgroundData';
import { divergingCss, paintOutput } from './colors';
import styles from './playground.module.css';
import { ClickRect, Cursor, DrawnMarks } from './DrawLayer';
import type { LabelledPoint } from './drawnPoints';

interface OutputGrid {
  readonly values: Float64Array;
  readonly side: number;
}

/** The data points' radius, CSS px. */
const POINT_RADIUS = 3.5;

/**
 * The output grid and the data points on one canvas. The points were SVG circles, and a noise
 * drag moved 300 of them per frame (bench:ui: 22 ms from input to frame); one pass of arcs on the
 * canvas costs a fraction of that. Drawn in a layout effect, so the points move in the same frame
 * as the readouts; without a grid yet, the points alone.
 */
function OutputCanvas({ grid, data, showTest }: { grid: OutputGrid | null; data: PlaygroundData; showTest: boolean }) {
  const { x, y, inner } = usePlot();
  const ref = useRef<HTMLCanvasElement>(null);
  const resolve = useColorResolver(ref);
  useIsomorphicLayoutEffect(() => {
    const canvas = ref.current, ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    sizeBacking(canvas, inner.width * dpr, inner.height * dpr);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const image = grid ? pixelImage(paintOutput(grid.values, grid.side, data.classes, data.regression), grid.side, grid.side) : null;
    const [lo, hi] = PLAYGROUND_EXTENT;
    if (image) {
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(image, (x(lo) - inner.left) * dpr, (y(hi) - inner.top) * dpr, (x(hi) - x(lo)) * dpr, (y(lo) - y(hi)) * dpr);
    }
    // Points in the SVG's coordinates: training points filled with an outline, test points as rings.
    ctx.setTransform(dpr, 0, 0, dpr, -inner.left * dpr, -inner.top * dpr);
    const outline = resolve(color.fg);
    // Class colours are theme variables, resolved (and cached) by the resolver; targets' are plain rgb().
    const fillOf = data.regression ? divergingCss : (label: number) => resolve(groupColors[label % groupColors.length]);
    const dots = (xy: Float64Array, labels: Float64Array, test: boolean) => {
      for (let i = 0; i < labels.length; i++) {
        const fill = fillOf(labels[i]);
        ctx.beginPath();
        ctx.arc(x(xy[2 * i]), y(xy[2 * i + 1]), POINT_RADIUS, 0, 2 * Math.PI);
        if (test) {
          ctx.lineWidth = 2;
          ctx.strokeStyle = fill;
        } else {
          ctx.fillStyle = fill;
          ctx.fill();
          ctx.lineWidth = 0.75;
          ctx.strokeStyle = outline;
        }
        ctx.stroke();
      }
    };
    dots(data.train.x, data.train.y, false);
    if (showTest) dots(data.test.x, data.test.y, true);
  }, [grid, data, showTest, resolve, x, y, inner.left, inner.top, inner.width, inner.height]);
  return <canvas ref={ref} aria-hidden="true" data-testid="pg-output-canvas" style={{ display: 'block', width: inner.width, height: inner.height }} />;
}

/** Drawing on the plot (classification only): where a click, a tap or Enter puts a point, and Delete. */
export interface PlotDrawing {
  readonly points: readonly LabelledPoint[];
  /** The class a new point gets, or its target (regression). */
  readonly label: number;
  /** What a new point is, for the keyboard hint: "class 2", "target 0.5". */
  readonly what: string;
  /** A drawn point's colour from its label (class or target). */
  readonly fillOf: (label: number) => string;
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
      underlay={<OutputCanvas grid={grid} data={data} showTest={showTest} />}
    >
      {drawing ? (
        <>
          <DrawnMarks points={drawing.points} fillOf={drawing.fillOf} />
          <ClickRect onPoint={drawing.onPoint} />
          {focused ? <Cursor at={cursor} fill={drawing.fillOf(drawing.label)} /> : null}
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
      aria-label={`Add points: arrow keys move the cursor (at x₁ ${cursor[0].toFixed(2)}, x₂ ${cursor[1].toFixed(2)}), Enter adds a point (${drawing.what}), Delete removes the nearest drawn point. Or click or tap.`}
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
