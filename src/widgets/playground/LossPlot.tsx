/**
 * Training and test loss against the step, on a log loss axis (a run's loss spans decades), drawn
 * on a canvas (kit LinesCanvas): a long run has thousands of points. The axes grow with the run,
 * so they change only as new chunks land.
 */
import { memo, useMemo } from 'react';
import { color, LinesCanvas, lossDomain, PlotFrame } from '../kit';
import type { LossHistory } from './session';

const interleave = (xs: readonly number[], ys: readonly number[]): Float64Array => {
  const out = new Float64Array(2 * xs.length);
  for (let i = 0; i < xs.length; i++) {
    out[2 * i] = xs[i];
    out[2 * i + 1] = ys[i] > 0 ? ys[i] : NaN; // a log axis cannot place 0
  }
  return out;
};

export const LossPlot = memo(function LossPlot({ history, yLabel }: { history: LossHistory; yLabel: string }) {
  const { lines, x, y } = useMemo(() => {
    const last = history.steps.length > 0 ? history.steps[history.steps.length - 1] : 0;
    const [lo, hi] = lossDomain([...history.train, ...history.test], true);
    return {
      x: [0, Math.max(10, last)] as const,
      y: [lo * 0.8, hi * 1.25] as const,
      lines: [
        { xy: interleave(history.steps, history.train), color: color.accent },
        { xy: interleave(history.steps, history.test), color: color.accent2, dash: '6 3' },
      ],
    };
  }, [history]);
  return (
    <PlotFrame label="Training loss (solid) and test loss (dashed) against the step, log scale" x={x} y={y} yScale="log" xLabel="step" yLabel={yLabel} aspect={0.55} maxHeight={240} xInteger
      underlay={<LinesCanvas lines={lines} width={2} />} />
  );
});
