/**
 * One racer drawn inside a PlotFrame: its line (dash pattern and colour from racerStyles, over a
 * halo in the background colour) and marks. Points come interleaved (x0, y0, x1, y1, …) for a
 * path in the plane, or as a y array against the step for the loss plot.
 */
import { line } from 'd3';
import { memo, useMemo } from 'react';
import { color, PlotClip, usePlot } from '../kit';
import { drawable, toPixel } from '../kit/plot/pixels';
import type { RacerName } from './raceSchema';
import { RACER_STYLES, racerMarkPath } from './racerStyles';

export interface RacerLineProps {
  name: RacerName;
  /** Interleaved (x, y) pairs in data units. */
  xy: ArrayLike<number>;
  width?: number;
}

const gen = line<[number, number]>().defined(drawable).digits(1);

function RacerLineLayer({ name, xy, width = 2 }: RacerLineProps) {
  const { x, y } = usePlot();
  const d = useMemo(() => {
    const n = xy.length >> 1;
    const pts: [number, number][] = new Array(n);
    for (let i = 0; i < n; i++) pts[i] = [toPixel(x, xy[2 * i]), toPixel(y, xy[2 * i + 1])];
    return gen(pts) ?? '';
  }, [x, y, xy]);
  const s = RACER_STYLES[name];
  return (
    <PlotClip>
      <g fill="none" strokeLinejoin="round" strokeLinecap="round" aria-hidden="true" data-racer-line={name}>
        <path d={d} style={{ stroke: color.bg }} strokeOpacity={0.7} strokeWidth={width + 2.5} />
        <path d={d} style={{ stroke: s.color }} strokeWidth={width} strokeDasharray={s.dash} />
      </g>
    </PlotClip>
  );
}

/** Memoized: a new step of the timeline or a moving start does not redraw an unchanged line. */
export const RacerLine = memo(RacerLineLayer);

/** A racer's end mark at a data point (pinned to the plot's edge band when far off). */
export function RacerMark({ name, at, size = 80 }: { name: RacerName; at: readonly [number, number]; size?: number }) {
  const { x, y } = usePlot();
  const px = toPixel(x, at[0]), py = toPixel(y, at[1]);
  if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
  const s = RACER_STYLES[name];
  return (
    <PlotClip>
      <path
        d={racerMarkPath(name, size)}
        transform={`translate(${px.toFixed(1)},${py.toFixed(1)})`}
        style={s.stroked ? { fill: 'none', stroke: s.color } : { fill: s.color, stroke: color.bg }}
        strokeWidth={s.stroked ? 2.5 : 1.25}
        aria-hidden="true"
        data-racer-mark={name}
      />
    </PlotClip>
  );
}

/** A racer's line sample and mark, for the legend and the toggles (decorative; memoized: it depends on the name only). */
export const RacerSwatch = memo(function RacerSwatch({ name }: { name: RacerName }) {
  const s = RACER_STYLES[name];
  return (
    <svg width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" style={{ verticalAlign: 'middle', flex: 'none' }}>
      <line x1={1} x2={24} y1={7} y2={7} style={{ stroke: s.color }} strokeWidth={2.25} strokeDasharray={s.dash} strokeLinecap="round" />
      <path
        d={racerMarkPath(name, 50)}
        transform="translate(27,7)"
        style={s.stroked ? { fill: 'none', stroke: s.color } : { fill: s.color, stroke: color.bg }}
        strokeWidth={s.stroked ? 2 : 1}
      />
    </svg>
  );
});
