/**
 * The two-weight picture: isolines of the data loss (fixed, computed once), the axes w₁ = 0 and
 * w₂ = 0 (where L1 puts its zeros), the λ path of the penalized optimum (dashed), the data-loss
 * contour through the optimum and the penalty's level set through it (they touch there), the
 * unpenalized optimum (×) and the penalized one (dot).
 *
 * Both axes have the same scale, so the L2 circle is drawn round: the height follows the
 * measured width (the left and right margins are fixed to know the plot area's width).
 */
import { memo, useRef } from 'react';
import { color, ContourPlot, Cross, LinePlot, PlotFrame, useSize, usePlot } from '../kit';
import { type GeometryPath, GEOMETRY_W1, GEOMETRY_W2, geometryGrid, geometryLevels, lossLevelSet, penaltyLevelSet, type W2 } from './penaltyModel';
import { pointText } from './penaltyText';
import styles from './penalty.module.css';

const MARGIN = { top: 12, right: 16, bottom: 48, left: 56 } as const;
const SPAN_X = GEOMETRY_W1[1] - GEOMETRY_W1[0];
const SPAN_Y = GEOMETRY_W2[1] - GEOMETRY_W2[0];
const LEVELS = geometryLevels();
const AXIS_X = Float64Array.of(GEOMETRY_W1[0], GEOMETRY_W1[1]);
const AXIS_Y = Float64Array.of(GEOMETRY_W2[0], GEOMETRY_W2[1]);
const ZEROS = Float64Array.of(0, 0);
const ISOLINE = (): string => color.border;

/** The fixed layers: contours and the two axes through the origin. Memoized: they never change. */
const Backdrop = memo(function Backdrop() {
  return (
    <>
      <ContourPlot grid={geometryGrid()} levels={LEVELS} filled={false} interpolator={ISOLINE} />
      <LinePlot x={AXIS_X} y={ZEROS} color={color.muted} strokeWidth={1} />
      <LinePlot x={ZEROS} y={AXIS_Y} color={color.muted} strokeWidth={1} />
    </>
  );
});

function OptimumDot({ w }: { w: W2 }) {
  const { x, y } = usePlot();
  const label = `Penalized optimum ${pointText(w)}`;
  return (
    <circle className={styles.passThrough} cx={x(w[0])} cy={y(w[1])} r={5.5} style={{ fill: color.accent, stroke: color.bg }} strokeWidth={2} role="img" aria-label={label} data-testid="penalty-optimum-dot">
      <title>{label}</title>
    </circle>
  );
}

export interface GeometryPlotProps {
  /** α, the share of L1 (0 for L2, 1 for L1). */
  alpha: number;
  optimum: W2;
  unpenalized: W2;
  path: GeometryPath;
}

export function GeometryPlot({ alpha, optimum, unpenalized, path }: GeometryPlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width: measured } = useSize(ref, { width: 420, height: 0 });
  const width = Math.max(120, measured);
  const innerWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const height = Math.round((innerWidth * SPAN_Y) / SPAN_X) + MARGIN.top + MARGIN.bottom;
  const shape = penaltyLevelSet(optimum, alpha);
  const contour = lossLevelSet(optimum);
  return (
    <div ref={ref}>
      <PlotFrame label="Data-loss contours over w₁ and w₂ with the penalty's level set" x={GEOMETRY_W1} y={GEOMETRY_W2} xLabel="w₁" yLabel="w₂" height={height} defaultWidth={420} margin={MARGIN}>
        <Backdrop />
        <LinePlot x={path.w1} y={path.w2} color={color.muted} strokeWidth={1.5} dashed />
        <LinePlot x={contour.x} y={contour.y} color={color.accent2} strokeWidth={2} />
        <LinePlot x={shape.x} y={shape.y} color={color.accent} strokeWidth={2.5} />
        <Cross x={unpenalized[0]} y={unpenalized[1]} label={`Unpenalized optimum ${pointText(unpenalized)}`} size={6} />
        <OptimumDot w={optimum} />
      </PlotFrame>
    </div>
  );
}
