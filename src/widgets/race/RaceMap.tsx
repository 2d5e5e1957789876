/**
 * The race from above: the surface's contours (the worker's 128 × 128 grid, painted once per
 * surface on a canvas), every racer's path (on a second canvas over it, redrawn when a race
 * lands), each racer's mark at the timeline's step, the minima, divergence marked where it
 * happened, and the shared start, which a drag, a touch or the arrow keys move.
 *
 * Only what changes is redrawn: a moving start re-renders the start point and (when the new
 * race lands) the paths, never the contours; the timeline moves only the marks.
 */
import { memo, useMemo } from 'react';
import type { Surface } from '../../core';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { type CanvasLine, color, ContourCanvas, DraggablePoint, type GridLike, LinesCanvas, PlotClip, PlotFrame, usePlot } from '../kit';
import { toPixel } from '../kit/plot/pixels';
import type { ProbeWindow } from '../surfaces/probe';
import type { RacerName } from './raceSchema';
import { RacerMark } from './RacerLine';
import { racerLines } from './racerStyles';

export interface RaceMapProps {
  surface: Surface;
  grid: GridLike | null;
  levels: readonly number[];
  spacing: 'log' | 'linear';
  aspect: number;
  xName: string;
  yName: string;
  label: string;
  names: readonly RacerName[];
  racers: readonly RacerResult[] | null;
  /** The timeline's step: each racer's mark sits at its point after this many steps. */
  step: number;
  start: { x: number; y: number };
  window: ProbeWindow;
  onStart: (x: number, y: number) => void;
  /** The previous race has been on screen a while as the next one computes: dim it. */
  stale: boolean;
}

function Minima({ points }: { points: readonly (readonly [number, number])[] }) {
  const { x, y } = usePlot();
  return (
    <g style={{ stroke: color.fg }} strokeWidth={2} aria-hidden="true">
      {points.map(([px, py], i) => {
        const cx = x(px), cy = y(py), s = 5;
        return (
          <g key={i}>
            <line x1={cx - s} y1={cy - s} x2={cx + s} y2={cy + s} />
            <line x1={cx - s} y1={cy + s} x2={cx + s} y2={cy - s} />
          </g>
        );
      })}
    </g>
  );
}

/** Where a diverged racer is marked: its last point that can be drawn, before the blow-up. */
export function divergencePoint(r: RacerResult): [number, number] | null {
  if (!r.divergence) return null;
  for (let t = Math.min(r.divergence.step, (r.params.length >> 1) - 1); t >= 0; t--) {
    const px = r.params[2 * t], py = r.params[2 * t + 1];
    if (Number.isFinite(px) && Number.isFinite(py) && Math.abs(px) < 1e6 && Math.abs(py) < 1e6) return [px, py];
  }
  return null;
}

/** A still ring and the step where a racer diverged (no animation: it must not strobe). */
function DivergenceMark({ r, name }: { r: RacerResult; name: RacerName }) {
  const { x, y, inner } = usePlot();
  const p = divergencePoint(r);
  if (!p || !r.divergence) return null;
  const clampX = (v: number) => Math.min(inner.left + inner.width - 4, Math.max(inner.left + 4, v));
  const clampY = (v: number) => Math.min(inner.top + inner.height - 4, Math.max(inner.top + 12, v));
  const cx = clampX(toPixel(x, p[0])), cy = clampY(toPixel(y, p[1]));
  return (
    <PlotClip>
      <g aria-hidden="true" data-divergence={name}>
        <circle cx={cx} cy={cy} r={9} fill="none" style={{ stroke: color.danger }} strokeWidth={2.5} />
        <text x={cx + 11} y={cy - 6} fontSize={11} style={{ fill: color.danger, paintOrder: 'stroke', stroke: color.bg }} strokeWidth={3}>
          diverged at {r.divergence.step}
        </text>
      </g>
    </PlotClip>
  );
}

const DivergenceMarks = memo(function DivergenceMarks({ names, racers }: { names: readonly RacerName[]; racers: readonly RacerResult[] }) {
  return <>{names.map((n, i) => (racers[i]?.divergence ? <DivergenceMark key={n} r={racers[i]} name={n} /> : null))}</>;
});

function Marks({ names, racers, step }: { names: readonly RacerName[]; racers: readonly RacerResult[]; step: number }) {
  return (
    <>
      {names.map((n, i) => {
        const r = racers[i];
        if (!r) return null;
        const t = Math.min(step, (r.params.length >> 1) - 1);
        if (t < 0) return null;
        return <RacerMark key={n} name={n} at={[r.params[2 * t], r.params[2 * t + 1]]} />;
      })}
    </>
  );
}

export const RaceMap = memo(function RaceMap(props: RaceMapProps) {
  const { surface, grid, levels, spacing, aspect, xName, yName, label, names, racers, step, start, window, onStart, stale } = props;
  const ready = racers !== null && racers.length === names.length;
  const paths: readonly CanvasLine[] = useMemo(() => (ready ? racerLines(names, racers.map((r) => r.params)) : []), [ready, names, racers]);
  return (
    <div style={{ opacity: stale ? 0.6 : 1, transition: 'none' }} data-testid="race-map" data-stale={stale} data-start={`${start.x},${start.y}`}>
      <PlotFrame
        label={label}
        x={surface.domain.x}
        y={surface.domain.y}
        xLabel={xName}
        yLabel={yName}
        aspect={aspect}
        maxHeight={520}
        defaultWidth={440}
        underlay={
          <>
            {grid ? <ContourCanvas grid={grid} levels={levels} spacing={spacing} opacity={0.8} label={`Contours of ${label}`} /> : null}
            <LinesCanvas lines={paths} width={2} halo={2.5} testId="race-paths" />
          </>
        }
      >
        <Minima points={surface.minima} />
        {ready ? <DivergenceMarks names={names} racers={racers} /> : null}
        {ready ? <Marks names={names} racers={racers} step={step} /> : null}
        <DraggablePoint x={start.x} y={start.y} domain={window} color={color.fg} radius={7} label="Start point" onChange={onStart} />
      </PlotFrame>
    </div>
  );
});
