/**
 * The phase diagram over (α, β): colour is the worse direction's rate ρ = max(ρ(λmin),
 * ρ(λmax)) (PhaseCanvas), hatched where momentum diverges; the stability boundary
 * α = 2(1 + β)/λmax; each direction's critical-damping curve β = (1 − √(αλ))² (below a curve
 * that direction is overdamped, above it underdamped); Polyak's α*, β* (where both curves
 * meet, the best rate); and the current (α, β). A press or drag on the diagram sets α and β;
 * the marker takes the arrow keys.
 */
import { memo, useMemo } from 'react';
import { ClickLayer, LinePlot, PlotFrame, color, significant, usePlot } from '../kit';
import type { BowlCurvatures } from './bowl';
import { FAST_COLOR, SLOW_COLOR } from './directionColors';
import { PhaseCanvas } from './PhaseCanvas';
import { PhaseMarker } from './PhaseMarker';
import { type PhaseGrid, criticalCurve, stabilityBoundary } from './phaseGrid';
import styles from './momentum.module.css';

export interface PhaseDiagramProps {
  grid: PhaseGrid;
  curvatures: BowlCurvatures;
  alpha: number;
  beta: number;
  /** Polyak's α*, β*. */
  optimal: { readonly alpha: number; readonly beta: number };
  alphaRange: readonly [lo: number, hi: number];
  betaRange: readonly [lo: number, hi: number];
  /** Sets α and β (a press, a drag or a key). */
  onChange: (alpha: number, beta: number) => void;
}

/** A pressed point as the sliders would give it: α to 3 significant digits, β to the slider's 0.01. */
export function roundPick(alpha: number, beta: number): [number, number] {
  return [Number(alpha.toPrecision(3)), Math.round(beta * 100) / 100];
}

/** The curves depend on κ only; memoized so a moving marker redraws none of them. */
const Curves = memo(function Curves({ curvatures }: { curvatures: BowlCurvatures }) {
  const slow = useMemo(() => criticalCurve(curvatures.lambdaMin), [curvatures.lambdaMin]);
  const fast = useMemo(() => criticalCurve(curvatures.lambdaMax), [curvatures.lambdaMax]);
  const boundary = useMemo(() => stabilityBoundary(curvatures.lambdaMax), [curvatures.lambdaMax]);
  return (
    <>
      <LinePlot x={slow.alphas} y={slow.betas} color={SLOW_COLOR} strokeWidth={2} dashed />
      <LinePlot x={fast.alphas} y={fast.betas} color={FAST_COLOR} strokeWidth={2} dashed />
      <LinePlot x={boundary.alphas} y={boundary.betas} color={color.danger} strokeWidth={2.5} />
    </>
  );
});

function OptimalMark({ alpha, beta }: { alpha: number; beta: number }) {
  const { x, y, inner } = usePlot();
  const cx = x(alpha), cy = y(beta), s = 6;
  const left = cx > inner.left + inner.width - 60;
  return (
    <g className={styles.passThrough} aria-hidden="true" data-testid="momentum-optimal-mark">
      <path d={`M${cx},${cy - s}L${cx + s},${cy}L${cx},${cy + s}L${cx - s},${cy}Z`} style={{ fill: color.bg, stroke: color.fg }} strokeWidth={2} />
      <text className={styles.markLabel} x={left ? cx - 9 : cx + 9} y={cy} dy="0.32em" textAnchor={left ? 'end' : 'start'}>
        α*, β*
      </text>
    </g>
  );
}

export function PhaseDiagram({ grid, curvatures, alpha, beta, optimal, alphaRange, betaRange, onChange }: PhaseDiagramProps) {
  const pick = (a: number, b: number) => {
    const [ra, rb] = roundPick(a, b);
    onChange(Math.min(alphaRange[1], Math.max(alphaRange[0], ra)), Math.min(betaRange[1], Math.max(betaRange[0], rb)));
  };
  return (
    <PlotFrame
      label={`Phase diagram over α and β for condition number ${significant(grid.kappa)}`}
      x={alphaRange}
      y={betaRange}
      xScale="log"
      xLabel="learning rate α (log scale)"
      yLabel="momentum β"
      aspect={0.62}
      maxHeight={380}
      underlay={
        <div className={styles.divergeBackdrop}>
          <PhaseCanvas grid={grid} />
        </div>
      }
    >
      <Curves curvatures={curvatures} />
      <ClickLayer onPoint={pick} />
      <OptimalMark alpha={optimal.alpha} beta={optimal.beta} />
      <PhaseMarker alpha={alpha} beta={beta} onChange={onChange} alphaRange={alphaRange} betaRange={betaRange} />
    </PlotFrame>
  );
}
