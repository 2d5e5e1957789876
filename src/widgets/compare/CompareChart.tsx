/**
 * Each optimizer's full training-set loss against step on a log axis: the median over the seeds
 * as a line in the optimizer's colour and dash (the race's styles), its min–max over the seeds
 * as a faint band, and the optimizer's mark at the line's end, so colour is never the only cue.
 * Bands and lines are built once per result (memoized); nothing animates.
 */
import { area } from 'd3';
import { memo, useMemo } from 'react';
import { PlotClip, PlotFrame, usePlot } from '../kit';
import { drawable, toPixel } from '../kit/plot/pixels';
import { RacerLine, RacerMark } from '../race/RacerLine';
import { RACER_STYLES } from '../race/racerStyles';
import type { CompareName } from './compareSchema';
import type { CurveBand } from './summary';

/** Losses below this are drawn at it (RMSProp can reach 10⁻⁹ on circles). */
export const CHART_FLOOR = 1e-6;

const floor = (v: number) => (Number.isFinite(v) ? Math.max(CHART_FLOOR, v) : NaN);

const bandGen = area<[number, number, number]>()
  .defined((p) => drawable([p[0], p[1]]) && !Number.isNaN(p[2]))
  .x((p) => p[0])
  .y0((p) => p[1])
  .y1((p) => p[2])
  .digits(1);

function Band({ name, band }: { name: CompareName; band: CurveBand }) {
  const { x, y } = usePlot();
  const d = useMemo(() => {
    const pts: [number, number, number][] = [];
    for (let i = 0; i < band.steps.length; i++) pts.push([toPixel(x, band.steps[i]), toPixel(y, floor(band.min[i])), toPixel(y, floor(band.max[i]))]);
    return bandGen(pts) ?? '';
  }, [x, y, band]);
  return (
    <PlotClip>
      <path d={d} style={{ fill: RACER_STYLES[name].color }} fillOpacity={0.14} stroke="none" aria-hidden="true" data-band={name} />
    </PlotClip>
  );
}

/** Interleaved (step, median) pairs, floored for the log axis. */
function medianXY(band: CurveBand): Float64Array {
  const xy = new Float64Array(2 * band.steps.length);
  for (let i = 0; i < band.steps.length; i++) {
    xy[2 * i] = band.steps[i];
    xy[2 * i + 1] = floor(band.median[i]);
  }
  return xy;
}

function lastPoint(xy: Float64Array): [number, number] | null {
  for (let i = xy.length / 2 - 1; i >= 0; i--) if (Number.isFinite(xy[2 * i + 1])) return [xy[2 * i], xy[2 * i + 1]];
  return null;
}

/** The y range over every band, in whole decades. */
export function chartRange(bands: readonly CurveBand[]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const b of bands) {
    for (let i = 0; i < b.steps.length; i++) {
      const a = floor(b.min[i]), c = floor(b.max[i]);
      if (a < lo) lo = a;
      if (c > hi && c < 1e6) hi = c;
    }
  }
  if (!(lo <= hi)) return [1e-3, 1];
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(Math.max(hi, lo * 10)))];
}

export interface CompareChartProps {
  readonly names: readonly CompareName[];
  /** bands[i] for names[i]. */
  readonly bands: readonly CurveBand[];
  readonly steps: number;
}

export const CompareChart = memo(function CompareChart({ names, bands, steps }: CompareChartProps) {
  const lines = useMemo(() => bands.map(medianXY), [bands]);
  const [lo, hi] = useMemo(() => chartRange(bands), [bands]);
  return (
    <PlotFrame label="Training loss against step, log scale: each optimizer's median over the seeds with its range" x={[0, steps]} y={[lo, hi]} yScale="log" xLabel="step" yLabel="training loss" height={240} xInteger>
      {names.map((n, i) => (bands[i] ? <Band key={`band-${n}`} name={n} band={bands[i]} /> : null))}
      {names.map((n, i) => (lines[i] ? <RacerLine key={`line-${n}`} name={n} xy={lines[i]} width={2} /> : null))}
      {names.map((n, i) => {
        const end = lines[i] ? lastPoint(lines[i]) : null;
        return end ? <RacerMark key={`mark-${n}`} name={n} at={end} size={70} /> : null;
      })}
    </PlotFrame>
  );
});
