/**
 * A responsive plot: an SVG as wide as its container, with margins for the axes, d3 scales
 * from data to pixels shared with its layers through context, and an optional HTML layer
 * underneath (HeatmapCanvas) that lines up with the plot area.
 *
 *   <PlotFrame label="Loss surface" x={[-2, 2]} y={[-1, 3]} xLabel="w₁" yLabel="w₂"
 *              underlay={<HeatmapCanvas grid={g} />}>
 *     <ContourPlot grid={g} levels={12} />
 *     <DraggablePoint … />
 *   </PlotFrame>
 *
 * Width: `defaultWidth` on the server and in the first client render (hydration matches), then
 * measured with a ResizeObserver. Height: fixed, or width × aspect.
 */
import { scaleLinear, scaleLog } from 'd3';
import { type ReactNode, useId, useMemo, useRef } from 'react';
import type { Interval } from '../../state/schema';
import { useSize } from '../hooks/useSize';
import { Axes, axisTicks } from './Axes';
import styles from './PlotFrame.module.css';
import { PlotContext, type PlotContextValue, type PlotScale } from './plotContext';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type ScaleType = 'linear' | 'log';

export interface PlotFrameProps {
  /** Accessible name of the plot (what it shows, in a few words). */
  label: string;
  /** Data domain along x, left to right. */
  x: Interval;
  /** Data domain along y, bottom to top. */
  y: Interval;
  /** Scale types (default linear; log needs a positive domain). */
  xScale?: ScaleType;
  yScale?: ScaleType;
  /** Axis titles. */
  xLabel?: string;
  yLabel?: string;
  /** Height as a multiple of width (default 0.75); ignored when `height` is set. */
  aspect?: number;
  /** Fixed height in pixels. */
  height?: number;
  /** Upper bound for an aspect-derived height (default 560). */
  maxHeight?: number;
  /** Width used before measuring: server render and first client render (default 560). */
  defaultWidth?: number;
  /** Space around the plot area for axes (defaults fit tick labels and axis titles). */
  margin?: Partial<Margin>;
  /** Approximate tick counts (default: one per ~80 px). */
  xTicks?: number;
  yTicks?: number;
  /** Faint grid lines at the ticks. */
  grid?: boolean;
  /** Whole-number ticks only on that axis (steps, epochs, counts). */
  xInteger?: boolean;
  yInteger?: boolean;
  /** HTML drawn under the SVG, sized to the plot area (a HeatmapCanvas). */
  underlay?: ReactNode;
  /** SVG layers, drawn over the axes in data coordinates via usePlot(). */
  children?: ReactNode;
}

/** Rough width of a tick label at the axes' 12 px font (digits are about 0.6 em). */
const CHAR_PX = 7;

function makeScale(type: ScaleType, domain: Interval, range: [number, number]): PlotScale {
  return type === 'log' ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range);
}

export function PlotFrame(props: PlotFrameProps) {
  const { label, x: xDomain, y: yDomain, xScale = 'linear', yScale = 'linear', xLabel, yLabel, grid, underlay, children } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const defaultWidth = props.defaultWidth ?? 560;
  const { width: measured } = useSize(containerRef, { width: defaultWidth, height: 0 });
  const width = Math.max(120, measured);
  const height = Math.round(props.height ?? Math.min(props.maxHeight ?? 560, width * (props.aspect ?? 0.75)));

  // useId is identical on server and client; ":" and "«»" are not safe inside url(#…).
  const clipId = `plotclip${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;

  // The left margin fits the longest y tick label ("0.0001" needs more room than "2"), plus
  // the rotated axis title. The y ticks depend on the domain and the plot's height only, so
  // they are known before the left margin is.
  const top = props.margin?.top ?? 12;
  const bottom = props.margin?.bottom ?? (xLabel ? 48 : 28);
  const innerHeight = Math.max(1, height - top - bottom);
  const yTickCount = props.yTicks ?? Math.max(2, Math.round(innerHeight / 60));
  const yLabels = axisTicks(makeScale(yScale, yDomain, [innerHeight, 0]), yTickCount, yScale, props.yInteger ?? false);
  const longest = yLabels.reduce((n, t) => Math.max(n, t.label.length), 1);
  const margin: Margin = {
    top,
    right: props.margin?.right ?? 16,
    bottom,
    left: props.margin?.left ?? Math.max(32, 14 + CHAR_PX * longest) + (yLabel ? 20 : 0),
  };
  const inner = {
    left: margin.left,
    top: margin.top,
    width: Math.max(1, width - margin.left - margin.right),
    height: innerHeight,
  };

  const [x0, x1] = xDomain, [y0, y1] = yDomain;
  const plot = useMemo<PlotContextValue>(
    () => ({
      x: makeScale(xScale, [x0, x1], [inner.left, inner.left + inner.width]),
      y: makeScale(yScale, [y0, y1], [inner.top + inner.height, inner.top]),
      xDomain: [x0, x1],
      yDomain: [y0, y1],
      width,
      height,
      inner,
      clipId,
    }),
    // `inner` is a fresh object each render; its four numbers are the real dependencies.
    [xScale, yScale, x0, x1, y0, y1, width, height, inner.left, inner.top, inner.width, inner.height, clipId],
  );

  const xTicks = props.xTicks ?? Math.max(2, Math.round(inner.width / 80));

  return (
    <PlotContext.Provider value={plot}>
      <div ref={containerRef} className={styles.frame} style={{ height }}>
        {underlay && (
          <div className={styles.underlay} style={{ left: inner.left, top: inner.top, width: inner.width, height: inner.height }}>
            {underlay}
          </div>
        )}
        <svg className={styles.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
          <defs>
            <clipPath id={clipId}>
              <rect x={inner.left} y={inner.top} width={inner.width} height={inner.height} />
            </clipPath>
          </defs>
          <Axes
            xLabel={xLabel}
            yLabel={yLabel}
            xTicks={xTicks}
            yTicks={yTickCount}
            grid={grid}
            xType={xScale}
            yType={yScale}
            xInteger={props.xInteger}
            yInteger={props.yInteger}
          />
          {children}
        </svg>
      </div>
    </PlotContext.Provider>
  );
}
