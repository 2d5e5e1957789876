/** The data, small: 300 points, the line where the run ended and the least-squares line (dashed). */
import { color, LineLayer, PlotFrame, ScatterPlot } from '../kit';
import { BATCH_DATA_X, BATCH_DATA_Y, BATCH_XS, BATCH_YS } from './setup';

export interface DataPlotProps {
  /** The run's last finite (m, b), or null while computing / when none. */
  line: { m: number; b: number } | null;
  best: { m: number; b: number } | undefined;
}

export function DataPlot({ line, best }: DataPlotProps) {
  return (
    <PlotFrame label="The data and the fitted line" x={BATCH_DATA_X} y={BATCH_DATA_Y} xLabel="x" yLabel="y" aspect={0.75} maxHeight={260}>
      <ScatterPlot x={BATCH_XS} y={BATCH_YS} radius={2.2} colors={[color.muted]} label={`${BATCH_XS.length} data points`} />
      {best ? <LineLayer m={best.m} b={best.b} dashed color={color.fg} label="least-squares line" /> : null}
      {line ? <LineLayer m={line.m} b={line.b} color={color.accent2} label="the run’s final line" /> : null}
    </PlotFrame>
  );
}
