/**
 * The surface from above: filled contours of the worker's grid, the known critical points, the
 * downhill field if asked, and the probe, which follows a click or a drag anywhere on the map
 * and moves with the arrow keys when focused.
 */
import type { Surface } from '../../core';
import { ClickLayer, color, ContourPlot, DraggablePoint, type FieldArrow, type GridLike, PlotFrame, VectorField } from '../kit';
import { CriticalMarkers } from './CriticalMarkers';
import type { ProbeWindow } from './probe';

export interface ContourViewProps {
  surface: Surface;
  /** The sampled surface, or null while it is being computed. */
  grid: GridLike | null;
  levels: readonly number[];
  aspect: number;
  xName: string;
  yName: string;
  label: string;
  probe: { x: number; y: number };
  window: ProbeWindow;
  onProbe: (x: number, y: number) => void;
  arrows: readonly FieldArrow[] | null;
}

export function ContourView({ surface, grid, levels, aspect, xName, yName, label, probe, window, onProbe, arrows }: ContourViewProps) {
  return (
    <PlotFrame label={label} x={surface.domain.x} y={surface.domain.y} xLabel={xName} yLabel={yName} aspect={aspect} maxHeight={520} defaultWidth={420}>
      {grid ? <ContourPlot grid={grid} levels={levels} label={`Contours of ${label}`} /> : null}
      {arrows ? <VectorField arrows={arrows} /> : null}
      <CriticalMarkers points={surface.criticalPoints} />
      <ClickLayer onPoint={(x, y) => onProbe(Math.min(window.x[1], Math.max(window.x[0], x)), Math.min(window.y[1], Math.max(window.y[0], y)))} />
      <DraggablePoint x={probe.x} y={probe.y} domain={window} color={color.accent2} radius={6} label="Probe" onChange={onProbe} />
    </PlotFrame>
  );
}
