/**
 * The race's plot: best training loss so far against loss evaluations spent, both axes
 * logarithmic (the first evaluations matter most, and losses span two decades), one line per
 * strategy. The x axis always spans the whole budget, so curves arriving while the worker
 * computes grow from left to right. When gradient descent overshot, its loss at every step
 * is drawn too, thin and faint: the best-so-far curve alone would hide the jump.
 */
import { line } from 'd3';
import { useMemo } from 'react';
import { PlotClip, PlotFrame, usePlot } from '../kit';
import { type CurvePoints, curvePoints } from './curvePoints';
import { STRATEGY_NAMES, type StrategyKey } from './raceText';
import { StrategyLine } from './StrategyLine';
import { STRATEGY_STYLES } from './strategyStyles';

export type RaceCurveSet = Readonly<Record<StrategyKey, ArrayLike<number>>>;

const ORDER: readonly StrategyKey[] = ['random', 'local', 'gradient']; // back to front

/** A log-axis domain around every positive finite value of the curves (and the extra values). */
export function lossDomain(curves: RaceCurveSet | null, extra: ArrayLike<number> = []): [number, number] {
  let lo = Infinity, hi = -Infinity;
  const take = (values: ArrayLike<number>) => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v > 0 && Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  };
  if (curves) for (const key of ORDER) take(curves[key]);
  take(extra);
  if (!(lo < Infinity)) return [0.01, 10];
  if (!(hi > lo * 1.5)) return [lo / 1.5, hi * 1.5];
  return [lo / 1.25, hi * 1.25];
}

/** Gradient descent's raw loss per step: thin, faint, under the best-so-far lines. */
function RawSteps({ points }: { points: CurvePoints }) {
  const { x, y } = usePlot();
  const d = useMemo(() => {
    const px: [number, number][] = Array.from(points.x, (v, i) => [x(v), y(points.y[i])]);
    return line().defined((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])).digits(2)(px) ?? '';
  }, [x, y, points]);
  return (
    <PlotClip>
      <path d={d} fill="none" style={{ stroke: STRATEGY_STYLES.gradient.color }} strokeOpacity={0.5} strokeWidth={1} role="img" aria-label="Gradient descent: loss at each step" data-testid="race-raw-steps" />
    </PlotClip>
  );
}

export interface RaceCurvesProps {
  /** The x axis spans 1 … budget evaluations. */
  budget: number;
  curves: RaceCurveSet | null;
  /** Gradient descent's loss at each step, when it is worth showing (an overshoot). */
  rawSteps?: CurvePoints | null;
}

export function RaceCurves({ budget, curves, rawSteps = null }: RaceCurvesProps) {
  const points = useMemo(
    () => (curves ? ORDER.map((key) => ({ key, points: curvePoints(curves[key]) })) : []),
    [curves],
  );
  return (
    <PlotFrame
      label="Best training loss so far against loss evaluations, one line per strategy"
      x={[1, Math.max(2, budget)]}
      y={lossDomain(curves, rawSteps?.y)}
      xScale="log"
      yScale="log"
      xLabel="loss evaluations spent"
      yLabel="best training loss"
      aspect={0.7}
      maxHeight={380}
      yTicks={6}
      margin={{ right: 22 }}
      grid
    >
      {rawSteps && <RawSteps points={rawSteps} />}
      {points.map(({ key, points: p }) => (
        <StrategyLine key={key} strategy={key} points={p} label={`${STRATEGY_NAMES[key]}: best loss so far`} />
      ))}
    </PlotFrame>
  );
}
