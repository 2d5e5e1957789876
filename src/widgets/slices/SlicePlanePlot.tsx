/**
 * A 2-D slice L(θ + a·D1 + b·D2) as a heatmap (canvas, from the worker's grid) with thin
 * isolines on top, the centre θ marked with a +, the 1-D slice's line (b = 0) dashed, and
 * optionally one example's hinge creases and the floors of separate basins.
 */
import type { Vec2 } from '../../core';
import type { Basin, LossSliceGrid } from '../../worker/tasks/lossSlice';
import { autoLevels, color, ContourPlot, HeatmapCanvas, PlotClip, PlotFrame, usePlot } from '../kit';
import type { ColorScaleType } from '../kit';
import styles from './slices.module.css';

export interface SlicePlanePlotProps {
  label: string;
  grid: LossSliceGrid | undefined;
  a: Vec2;
  b: Vec2;
  /** Colour scale of the heatmap and spacing of the isolines. */
  scale: ColorScaleType;
  /** Crease segments to draw (already clipped to the window). */
  creases?: readonly [Vec2, Vec2][];
  basins?: readonly Basin[];
}

/** Isolines in a colour that reads on every part of viridis. */
const isoline = () => 'rgba(255, 255, 255, 0.5)';
/** The isoline half-way up each separate basin's wall: a closed loop around its floor. */
const basinLine = () => 'var(--dw-basin, #ff9f43)';

/** Floors other than the centre's own (which the + marks). */
function others(basins: readonly Basin[] | undefined): Basin[] {
  return (basins ?? []).filter((b) => b.a !== 0 || b.b !== 0);
}

function SliceLine({ a }: { a: Vec2 }) {
  const { x, y } = usePlot();
  return (
    <line x1={x(a[0])} x2={x(a[1])} y1={y(0)} y2={y(0)} className={styles.sliceLine} strokeWidth={1.75} strokeDasharray="6 4" aria-hidden="true" />
  );
}

function Plus({ label }: { label: string }) {
  const { x, y } = usePlot();
  const px = x(0), py = y(0), s = 7;
  return (
    <g role="img" aria-label={label} className={styles.centreMark}>
      <title>{label}</title>
      <path d={`M${px - s},${py}H${px + s}M${px},${py - s}V${py + s}`} strokeWidth={5} className={styles.halo} />
      <path d={`M${px - s},${py}H${px + s}M${px},${py - s}V${py + s}`} strokeWidth={2.5} style={{ stroke: color.fg }} />
    </g>
  );
}

function Creases({ segments }: { segments: readonly [Vec2, Vec2][] }) {
  const { x, y } = usePlot();
  return (
    <PlotClip>
      <g data-testid="creases" aria-hidden="true">
        {segments.map(([p, q], k) => (
          <line key={k} x1={x(p[0])} y1={y(p[1])} x2={x(q[0])} y2={y(q[1])} className={styles.crease} strokeWidth={2} />
        ))}
      </g>
    </PlotClip>
  );
}

function BasinMarks({ basins }: { basins: readonly Basin[] }) {
  const { x, y } = usePlot();
  return (
    <g data-testid="basins">
      {others(basins).map((b) => {
        const label = `A separate basin at (a, b) = (${b.a.toFixed(2)}, ${b.b.toFixed(2)}), loss ${b.loss.toPrecision(3)}`;
        const px = x(b.a), py = y(b.b);
        return (
          <g key={`${b.i}:${b.j}`} role="img" aria-label={label}>
            <title>{label}</title>
            <circle cx={px} cy={py} r={6} className={styles.basinMark} strokeWidth={2.5} />
            <circle cx={px} cy={py} r={2} className={styles.basinDot} />
          </g>
        );
      })}
    </g>
  );
}

export function SlicePlanePlot({ label, grid, a, b, scale, creases, basins }: SlicePlanePlotProps) {
  // One loop is enough to show the idea (and the finding describes the lowest other basin).
  const walls = others(basins).slice(0, 1).filter((w) => Number.isFinite(w.depth)).map((w) => w.loss + w.depth / 2);
  return (
    <PlotFrame
      label={label}
      x={a}
      y={b}
      xLabel="a  (along D₁)"
      yLabel="b  (along D₂)"
      aspect={1}
      maxHeight={360}
      underlay={grid ? <HeatmapCanvas grid={grid} scale={scale} /> : undefined}
    >
      {grid ? <ContourPlot grid={grid} levels={autoLevels(grid.min, grid.max, 10, scale)} filled={false} interpolator={isoline} /> : null}
      {grid && walls.length > 0 ? <ContourPlot grid={grid} levels={walls} filled={false} interpolator={basinLine} /> : null}
      <SliceLine a={a} />
      {creases && creases.length > 0 ? <Creases segments={creases} /> : null}
      {basins && basins.length > 0 ? <BasinMarks basins={basins} /> : null}
      <Plus label="The centre θ (a = b = 0)" />
    </PlotFrame>
  );
}
