/**
 * One strategy's best-so-far curve inside a PlotFrame: its own colour, dash pattern and end
 * mark (strategyStyles.ts). d3 makes the path; points a scale cannot place leave gaps.
 */
import { line } from 'd3';
import { useMemo } from 'react';
import { PlotClip, color, usePlot } from '../kit';
import type { CurvePoints } from './curvePoints';
import type { StrategyKey } from './raceText';
import { STRATEGY_STYLES, markPath } from './strategyStyles';

export interface StrategyLineProps {
  strategy: StrategyKey;
  points: CurvePoints;
  /** Accessible name of the path. */
  label: string;
}

export function StrategyLine({ strategy, points, label }: StrategyLineProps) {
  const { x, y } = usePlot();
  const style = STRATEGY_STYLES[strategy];
  const { d, end } = useMemo(() => {
    const pixels: [number, number][] = [];
    for (let i = 0; i < points.x.length; i++) pixels.push([x(points.x[i]), y(points.y[i])]);
    const ok = (p: [number, number]) => Number.isFinite(p[0]) && Number.isFinite(p[1]);
    const last = [...pixels].reverse().find(ok) ?? null;
    return { d: line().defined(ok).digits(2)(pixels) ?? '', end: last };
  }, [x, y, points]);

  return (
    <>
      <PlotClip>
        <path
          d={d}
          fill="none"
          style={{ stroke: style.color }}
          strokeWidth={style.width}
          strokeDasharray={style.dash}
          strokeLinejoin="round"
          strokeLinecap="round"
          role="img"
          aria-label={label}
          data-strategy={strategy}
        />
      </PlotClip>
      {/* Outside the clip: the mark sits on the plot's right edge and must stay whole. */}
      {end && (
        <path
          d={markPath(strategy, 72)}
          transform={`translate(${end[0].toFixed(2)},${end[1].toFixed(2)})`}
          style={{ fill: style.color, stroke: color.bg }}
          strokeWidth={1.25}
          aria-hidden="true"
        />
      )}
    </>
  );
}
