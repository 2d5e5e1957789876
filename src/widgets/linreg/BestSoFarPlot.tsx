/**
 * Best MSE so far against the number of lines tried, both axes logarithmic: the first guesses
 * improve fast and the rest barely, which a linear x axis squeezes into one vertical stroke.
 */
import { LinePlot, PlotFrame } from '../kit';

export function BestSoFarPlot({ bestSoFar }: { bestSoFar: Float64Array | undefined }) {
  const n = bestSoFar?.length ?? 0;
  const xs = Array.from({ length: n }, (_, i) => i + 1);
  const top = n > 0 ? Math.max(bestSoFar?.[0] ?? 1, 0.02) : 10;
  const bottom = n > 0 ? Math.min(bestSoFar?.[n - 1] ?? 0.01, top / 2) : 0.01;
  return (
    <PlotFrame label="Best MSE so far against lines tried" x={[1, Math.max(2, n)]} y={[bottom * 0.8, top * 1.2]} xScale="log" yScale="log" xLabel="lines tried" yLabel="best MSE" aspect={0.7}>
      {bestSoFar ? <LinePlot x={xs} y={bestSoFar} label="best MSE so far" /> : null}
    </PlotFrame>
  );
}
