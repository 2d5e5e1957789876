/**
 * The problem from above with every method's path from the shared start. The start follows a
 * press or a drag anywhere on the map, a finger, or the arrow keys on its marker. The contours
 * are painted once per surface on a canvas under the SVG, so a new path does not make the
 * browser re-raster a stack of translucent fills.
 */
import type { Surface } from '../../core';
import type { RacerResult } from '../../worker/tasks/optimizerRace';
import { ClickLayer, color, ContourCanvas, DraggablePoint, type GridLike, PlotFrame, TrajectoryOverlay } from '../kit';
import type { RacerStyle } from './racers';

export interface StartBox {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

export interface MethodsPlotProps {
  readonly surface: Surface;
  readonly grid: GridLike | null;
  readonly levels: readonly number[];
  readonly aspect: number;
  readonly racers: readonly RacerStyle[];
  readonly results: readonly RacerResult[] | null;
  readonly upTo: number;
  readonly start: { readonly x: number; readonly y: number };
  readonly box: StartBox;
  readonly onStart: (x: number, y: number) => void;
}

const clamp = (v: number, [lo, hi]: readonly [number, number]): number => Math.min(hi, Math.max(lo, v));

export function MethodsPlot({ surface, grid, levels, aspect, racers, results, upTo, start, box, onStart }: MethodsPlotProps) {
  return (
    <PlotFrame
      label={`${surface.title} with each method's path`}
      x={surface.domain.x}
      y={surface.domain.y}
      xLabel="x"
      yLabel="y"
      aspect={aspect}
      maxHeight={480}
      defaultWidth={420}
      underlay={grid ? <ContourCanvas grid={grid} levels={levels} label={`Contours of the ${surface.title.toLowerCase()}`} /> : null}
    >
      {results?.map((run, i) => (
        <TrajectoryOverlay
          key={racers[i].key}
          points={run.params}
          upTo={upTo}
          divergedAt={run.divergence?.step ?? null}
          color={racers[i].color}
          dash={racers[i].dash}
          dots
          label={`${racers[i].label} path`}
        />
      ))}
      <ClickLayer onPoint={(x, y) => onStart(clamp(x, box.x), clamp(y, box.y))} />
      <DraggablePoint x={start.x} y={start.y} domain={box} color={color.fg} radius={6} label="Start" onChange={onStart} />
    </PlotFrame>
  );
}
