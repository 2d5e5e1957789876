/** Multiply-adds per gradient against hidden width, log–log: both methods, the network marked. */
import { memo } from 'react';
import { color, LinePlot, PlotFrame } from '../kit';
import { MarkerLine } from '../overfit/MarkerLine';
import { gradientCost, type NetworkShape } from './costModel';
import { MAX_WIDTH } from './costSchema';

const WIDTHS = Array.from({ length: 41 }, (_, i) => Math.round(MAX_WIDTH ** (i / 40)));

export const CostPlot = memo(function CostPlot({ shape, width }: { shape: NetworkShape; width: number }) {
  const at = (w: number) => gradientCost({ ...shape, hidden: shape.hidden.map(() => w) });
  const costs = WIDTHS.map(at);
  const top = Math.max(...costs.map((c) => c.numerical), 10);
  const bottom = Math.min(...costs.map((c) => c.backprop));
  return (
    <PlotFrame label="Multiply-adds for one gradient against the width of the hidden layers" x={[1, MAX_WIDTH]} y={[bottom / 3, top * 3]} xScale="log" yScale="log" xLabel="hidden units per layer" yLabel="multiply-adds per gradient" aspect={0.5} maxHeight={420}>
      <LinePlot x={WIDTHS} y={costs.map((c) => c.numerical)} color={color.accent2} label="central differences" />
      <LinePlot x={WIDTHS} y={costs.map((c) => c.backprop)} color={color.accent} label="backpropagation" />
      <MarkerLine x={width} label={`${width} units`} />
    </PlotFrame>
  );
});
