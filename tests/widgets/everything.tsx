/** Every kit component in one widget, for the server-render and hydration tests. */
import { Playback } from '../../src/widgets/kit/controls/Playback';
import { Slider } from '../../src/widgets/kit/controls/Slider';
import { usePlayback } from '../../src/widgets/kit/controls/usePlayback';
import { DraggablePoint } from '../../src/widgets/kit/interaction/DraggablePoint';
import { Figure } from '../../src/widgets/kit/layout/Figure';
import { Formula } from '../../src/widgets/kit/layout/Formula';
import { WidgetFrame } from '../../src/widgets/kit/layout/WidgetFrame';
import { ContourPlot } from '../../src/widgets/kit/plot/ContourPlot';
import { HeatmapCanvas } from '../../src/widgets/kit/plot/HeatmapCanvas';
import { LossCurve } from '../../src/widgets/kit/plot/LossCurve';
import { PlotFrame } from '../../src/widgets/kit/plot/PlotFrame';
import { ScatterPlot } from '../../src/widgets/kit/plot/ScatterPlot';
import { TrajectoryOverlay } from '../../src/widgets/kit/plot/TrajectoryOverlay';
import { Share } from '../../src/widgets/state/Share';
import { stateSpec, useWidgetState } from '../../src/widgets/state/useWidgetState';
import { sampleSchema } from './sampleSchema';

const grid = { values: Float64Array.from({ length: 9 }, (_, k) => k), nx: 3, ny: 3, x: [-1, 1] as const, y: [-1, 1] as const };

const allSpec = stateSpec('all', sampleSchema);

export function Everything() {
  const w = useWidgetState(allSpec);
  const playback = usePlayback({ last: 3 });
  return (
    <WidgetFrame id="all" title="Everything" problems={w.problems} share={<Share getUrl={w.shareUrl} />} controls={<Playback playback={playback} />}>
      <Figure caption="A surface" srDescription="A tilted plane.">
        <PlotFrame label="surface" x={[-1, 1]} y={[-1, 1]} xLabel="x" yLabel="y" underlay={<HeatmapCanvas grid={grid} />}>
          <ContourPlot grid={grid} levels={3} />
          <ScatterPlot x={[0, 0.5]} y={[0, 0.5]} group={[0, 1]} />
          <TrajectoryOverlay points={[0, 0, 0.5, 0.5, NaN, NaN]} divergedAt={2} />
          <DraggablePoint x={0} y={0} label="start" onChange={() => {}} />
        </PlotFrame>
      </Figure>
      <LossCurve losses={[1, 0.5, Infinity]} logY divergence={{ step: 2, reason: 'loss became Infinity' }} />
      <Slider label="m" value={w.state.m} min={-10} max={10} onChange={() => {}} />
      <Formula tex="x^2" />
    </WidgetFrame>
  );
}

