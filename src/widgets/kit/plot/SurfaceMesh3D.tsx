/**
 * A sampled surface as a rotatable 3-D mesh on a canvas, for any widget that shows a loss
 * surface (and, later, optimizer paths on it):
 *
 *   <SurfaceMesh3D grid={mesh} levels={levels} yaw={yaw} pitch={pitch}
 *                  onRotate={(yaw, pitch) => set({ yaw, pitch })} label="Rosenbrock valley in 3-D"
 *                  markers={[{ x, y, value: f(x, y), color: color.accent2, stem: true }]}
 *                  segments={pathSegments} />
 *
 * Colours follow the contour levels (levelLadder.ts): the same colours as a ContourPlot of the
 * same levels. Heights are linear, or smoothly log-compressed when the levels are log-spaced
 * (heightScale.ts).
 * Drag (mouse, pen or finger) turns and tilts it; when focused, arrow keys do (Shift: bigger
 * steps). The mesh and its colours are built once per grid; a rotation only re-projects and
 * repaints. Keep the grid modest (about 41 × 41 samples): the painter's algorithm draws every
 * face.
 */
import { scaleLinear } from 'd3';
import { type KeyboardEvent, type PointerEvent, useId, useMemo, useRef } from 'react';
import { formatValue } from '../format';
import { useColorResolver } from '../hooks/useThemeVersion';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { useSize } from '../hooks/useSize';
import { VisuallyHidden } from '../layout/VisuallyHidden';
import { color as theme } from '../theme';
import { sizeBacking } from './canvasImage';
import { colorRamp } from './colorRamp';
import { type AxisTick, type MeshMarker, type MeshScene, type MeshSegment, cameraFor, drawMesh, meshPaint } from './drawMesh';
import { type GridLike, finiteExtent } from './grid';
import { heightScale } from './heightScale';
import { ladder, ladderToColorT } from './levelLadder';
import { renderInFrame } from '../interaction/renderInFrame';
import { buildMesh } from './meshGeometry';
import { wrapDegrees } from './projection3d';
import styles from './SurfaceMesh3D.module.css';
import { interpolateViridis } from './viridis';

export type { MeshMarker, MeshSegment } from './drawMesh';

export interface SurfaceMesh3DProps {
  /** The surface sampled on a grid (row-major, row 0 at y.lo), about 41 × 41. */
  grid: GridLike;
  /** Contour levels (as given to ContourPlot): they set the colours and the height scale. */
  levels: readonly number[];
  /** Value range of the ladder (default: the grid's finite extent). */
  extent?: readonly [min: number, max: number];
  /** Turn about the vertical axis, degrees (0: x to the right). */
  yaw: number;
  /** Tilt above the horizon, degrees in [0, 90] (90: straight down, like a map). */
  pitch: number;
  /** Called with new angles while dragging or keying; without it the view is fixed. */
  onRotate?: (yaw: number, pitch: number) => void;
  /** Accessible name (what the surface is). */
  label: string;
  /** Read after the label: the numbers a screen reader needs. */
  description?: string;
  /** Axis titles. */
  xLabel?: string;
  yLabel?: string;
  zLabel?: string;
  /** Format of the height labels (default formatValue). */
  formatZ?: (v: number) => string;
  /** Points on the surface (a probe, an optimizer's current iterate). */
  markers?: readonly MeshMarker[];
  /** Pieces of lines and arrows on the surface (a path, a gradient field). */
  segments?: readonly MeshSegment[];
  /** Colour map (default viridis, as ContourPlot). */
  interpolator?: (t: number) => string;
  /** Height as a multiple of width (default 0.8), at most `maxHeight` (default 520) px. */
  aspect?: number;
  maxHeight?: number;
  /** Width before measuring (server render, hydration; default 560). */
  defaultWidth?: number;
  /** Depth ÷ width of the drawn box (default: the window's own, within [1/3, 3]). */
  boxAspect?: number;
  /** Eye distance in box half-widths (default 10, a mild perspective; Infinity for orthographic). */
  perspective?: number;
  /** Arrow-key step in degrees (default 5; Shift: ×3). */
  keyStep?: number;
}

/** Degrees of turn per pixel dragged. */
const DEG_PER_PX = 0.5;
const PITCH_MIN = 0, PITCH_MAX = 90;

/**
 * Three height labels: the lowest and highest values, and a round value near half height
 * (two significant digits, e.g. 0 on a saddle, 5,800 on Beale's log-compressed walls).
 */
function heightTicks(toT: (v: number) => number, toValue: (t: number) => number, lo: number, hi: number, fmt: (v: number) => string): AxisTick[] {
  const mid = toValue(0.5);
  const round = Number.isFinite(mid) && mid !== 0 ? Number(mid.toPrecision(2)) : mid;
  const middle = Math.abs(round) < 1e-9 * (hi - lo) ? 0 : round;
  return [lo, middle, hi].filter(Number.isFinite).map((v) => ({ at: toT(v), label: fmt(v) }));
}

function axisTicks(domain: readonly [number, number], count: number): AxisTick[] {
  const scale = scaleLinear().domain(domain);
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((v) => ({ at: v, label: format(v) }));
}

const clampPitch = (p: number): number => Math.min(PITCH_MAX, Math.max(PITCH_MIN, p));

export function SurfaceMesh3D(props: SurfaceMesh3DProps) {
  const { grid, levels, yaw, pitch, onRotate, label, description, xLabel, yLabel, zLabel, markers = [], segments = [] } = props;
  const interpolator = props.interpolator ?? interpolateViridis;
  const formatZ = props.formatZ ?? ((v: number) => formatValue(v));
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const descId = `mesh${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { width: measured } = useSize(containerRef, { width: props.defaultWidth ?? 560, height: 0 });
  const width = Math.max(160, measured);
  const height = Math.round(Math.min(props.maxHeight ?? 520, width * (props.aspect ?? 0.8)));
  const resolve = useColorResolver(probeRef);

  const [lo, hi] = props.extent ?? finiteExtent(grid.values) ?? [0, 1];
  const levelKey = levels.join(',');
  // Everything that depends on the grid only: built once per grid, reused by every frame.
  const built = useMemo(() => {
    const heights = heightScale(levels, lo, hi, grid.values);
    const colorStep = ladder(levels, lo, hi);
    const mesh = buildMesh(grid, heights.toT, props.boxAspect);
    // a face's colour is its value's band on the contour map, whatever its drawn height
    const paint = meshPaint(mesh, colorRamp(interpolator), (t) => ladderToColorT(colorStep(heights.toValue(t)), levels.length));
    return { toT: heights.toT, toValue: heights.toValue, mesh, paint };
    // levelKey stands for `levels` (an inline array is new on every render)
  }, [grid, levelKey, lo, hi, interpolator, props.boxAspect]);

  const distance = props.perspective ?? 10;
  // The fit depends on the box's shape only: a new grid of the same window keeps the camera.
  const halfKey = built.mesh.box.half.join(',');
  const camera = useMemo(() => cameraFor(built.mesh, width, height, distance), [halfKey, width, height, distance]);
  const zTicks = useMemo(() => heightTicks(built.toT, built.toValue, lo, hi, formatZ), [built, lo, hi, formatZ]);

  // Repaint after every render that changes the picture: a new grid, angles, size or theme.
  useIsomorphicLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return; // no canvas (a test DOM): the description still says it all
    const dpr = window.devicePixelRatio || 1;
    sizeBacking(canvas, width * dpr, height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const font = getComputedStyle(canvas).fontFamily || 'system-ui, sans-serif';
    const scene: MeshScene = {
      mesh: built.mesh,
      paint: built.paint,
      toT: built.toT,
      window: { x: grid.x, y: grid.y },
      ticks: { x: axisTicks(grid.x, width < 420 ? 4 : 5), y: axisTicks(grid.y, width < 420 ? 4 : 5), z: zTicks },
      titles: { x: xLabel, y: yLabel, z: zLabel },
      markers: markers.map((mk) => ({ ...mk, color: resolve(mk.color), edge: mk.edge ? resolve(mk.edge) : undefined })),
      segments: segments.map((s) => ({ ...s, color: resolve(s.color), halo: s.halo ? resolve(s.halo) : undefined })),
      style: { fg: resolve(theme.fg), muted: resolve(theme.muted), border: resolve(theme.border), pane: resolve(theme.surface), font },
    };
    drawMesh(ctx, scene, { yaw, pitch, width, height, camera });
  });

  // Dragging: angles follow the pointer from where the drag started (no drift).
  const drag = useRef<{ id: number; x: number; y: number; yaw: number; pitch: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!onRotate || e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    containerRef.current?.focus({ preventScroll: true });
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, yaw, pitch };
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId || !onRotate) return;
    const nextYaw = Math.round(wrapDegrees(d.yaw + (e.clientX - d.x) * DEG_PER_PX));
    const nextPitch = Math.round(clampPitch(d.pitch + (e.clientY - d.y) * DEG_PER_PX));
    if (nextYaw !== yaw || nextPitch !== pitch) renderInFrame(() => onRotate(nextYaw, nextPitch));
  };
  const onPointerEnd = (e: PointerEvent<HTMLCanvasElement>) => {
    if (drag.current?.id !== e.pointerId) return;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    drag.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!onRotate) return;
    const step = (props.keyStep ?? 5) * (e.shiftKey ? 3 : 1);
    let dy = 0, dp = 0;
    if (e.key === 'ArrowLeft') dy = -step;
    else if (e.key === 'ArrowRight') dy = step;
    else if (e.key === 'ArrowUp') dp = step;
    else if (e.key === 'ArrowDown') dp = -step;
    else return;
    e.preventDefault(); // arrows would scroll the page
    onRotate(wrapDegrees(yaw + dy), clampPitch(pitch + dp));
  };

  const angles = `turned ${Math.round(yaw)}°, tilted ${Math.round(pitch)}° above the horizon`;
  return (
    <div
      ref={containerRef}
      className={styles.view}
      style={{ height }}
      tabIndex={onRotate ? 0 : undefined}
      role="group"
      aria-roledescription="rotatable 3-D view"
      aria-label={`${label}, ${angles}`}
      aria-describedby={descId}
      onKeyDown={onKeyDown}
      data-yaw={yaw}
      data-pitch={pitch}
    >
      <canvas
        ref={canvasRef}
        className={styles.canvas}
        style={{ width, height }}
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      />
      <span ref={probeRef} className={styles.probe} aria-hidden="true" />
      <VisuallyHidden id={descId}>
        {description ? `${description} ` : ''}
        {onRotate ? 'Drag, or use the arrow keys while it has focus, to turn (left and right) and tilt (up and down).' : ''}
      </VisuallyHidden>
    </div>
  );
}
