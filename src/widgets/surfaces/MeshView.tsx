/**
 * The surface in 3-D (the kit's SurfaceMesh3D): the contour grid thinned to 41 samples across,
 * coloured and raised by the same contour levels, with the probe standing on it (a dashed line
 * drops to the floor), the known critical points, and the downhill field if asked.
 */
import type { CriticalPoint, Surface } from '../../core';
import { color, type GridLike, type MeshMarker, type MeshSegment, SurfaceMesh3D } from '../kit';
import { MARK_EDGE, MARK_FILL } from './CriticalMarkers';
import { formatNumber } from './formatNumber';

export interface MeshViewProps {
  surface: Surface;
  /** The mesh grid (about 41 × 41), or null while it is being computed. */
  grid: GridLike | null;
  levels: readonly number[];
  extent: readonly [number, number] | null;
  aspect: number;
  yaw: number;
  pitch: number;
  onRotate: (yaw: number, pitch: number) => void;
  label: string;
  description: string;
  xName: string;
  yName: string;
  probe: { x: number; y: number; value: number };
  segments: readonly MeshSegment[];
}

const SHAPE: Record<CriticalPoint['kind'], MeshMarker['shape']> = { minimum: 'circle', saddle: 'diamond', maximum: 'triangle' };

const formatZ = (v: number) => formatNumber(v, 2);

export function MeshView(props: MeshViewProps) {
  const { surface, grid, levels, extent, probe } = props;
  if (!grid || !extent) {
    return <div style={{ aspectRatio: '1 / 0.95', width: '100%' }} aria-hidden="true" />;
  }
  const markers: MeshMarker[] = [
    ...surface.criticalPoints.map(({ point: [x, y], kind }) => ({
      x,
      y,
      value: surface.value(x, y),
      color: MARK_FILL,
      edge: MARK_EDGE,
      shape: SHAPE[kind],
      radius: 3.5,
    })),
    { x: probe.x, y: probe.y, value: probe.value, color: color.accent2, radius: 6, stem: true },
  ];
  return (
    <SurfaceMesh3D
      grid={grid}
      levels={levels}
      extent={extent}
      yaw={props.yaw}
      pitch={props.pitch}
      onRotate={props.onRotate}
      label={props.label}
      description={props.description}
      xLabel={props.xName}
      yLabel={props.yName}
      zLabel="f"
      formatZ={formatZ}
      markers={markers}
      segments={props.segments}
      boxAspect={props.aspect}
      aspect={0.95}
      maxHeight={480}
      defaultWidth={420}
    />
  );
}
