/**
 * Part 2's three pictures of one snapshot of the trained network: its decision region over the
 * input plane (P(class 1) as an image on a canvas, the p = ½ boundary on top), hidden space
 * (where the four points land, with the output unit's line: the hidden layer moves them until
 * one line separates them), and the loss by step with the snapshot marked.
 * Memoized: a snapshot's pictures change only when the snapshot does.
 */
import { memo, useMemo } from 'react';
import { color, ContourPlot, HeatmapCanvas, LinePlot, PlotFrame, usePlot } from '../kit';
import type { Vec2 } from '../state/schema';
import { HalfPlanes, XorPoints } from './XorLayers';
import { decisionGrid, type HiddenView, INPUT_EXTENT, type Network, REGION_GRID, XOR_DATA, XOR_STEPS } from './xorModel';

/** Light tints of the two class colours through white, what the canvas paints (as chapter 5's boundaries). */
const classTint = (t: number): string => {
  const a = [120, 160, 235], b = [240, 170, 100], w = [246, 246, 246];
  const mix = (from: number[], s: number) => from.map((c, i) => Math.round(c + (w[i] - c) * s));
  const [r, g, bl] = t < 0.5 ? mix(a, t * 2) : mix(b, (1 - t) * 2);
  return `rgb(${r}, ${g}, ${bl})`;
};
/** The boundary's ink: dark on the light tints in either theme. */
const boundaryInk = (): string => '#1a1a1a';

const POINTS = XOR_DATA.map((d) => d.x);

export const RegionPlot = memo(function RegionPlot({ net, right }: { net: Network; right: readonly boolean[] }) {
  const grid = useMemo(() => {
    const half = (INPUT_EXTENT[1] - INPUT_EXTENT[0]) / REGION_GRID / 2;
    const centres: Vec2 = [INPUT_EXTENT[0] + half, INPUT_EXTENT[1] - half];
    return { values: decisionGrid(net), nx: REGION_GRID, ny: REGION_GRID, x: centres, y: centres };
  }, [net]);
  return (
    <PlotFrame label="The network's decision region over the input plane" x={INPUT_EXTENT} y={INPUT_EXTENT} xLabel="x₁" yLabel="x₂" aspect={1} maxHeight={360}
      underlay={<HeatmapCanvas grid={grid} domain={[0, 1]} interpolator={classTint} opacity={0.75} />}>
      <ContourPlot grid={grid} levels={[0.5]} filled={false} interpolator={boundaryInk} opacity={1} label="the network's decision boundary, p = ½" />
      <XorPoints at={POINTS} right={right} />
    </PlotFrame>
  );
});

export interface HiddenPlotProps {
  readonly view: HiddenView;
  readonly extent: { readonly x: Vec2; readonly y: Vec2 };
  readonly right: readonly boolean[];
  /** Each point's positions over the snapshots up to this one. */
  readonly trails: readonly (readonly Vec2[])[];
}

export const HiddenPlot = memo(function HiddenPlot({ view, extent, right, trails }: HiddenPlotProps) {
  const units = view.kind === 'units';
  return (
    <PlotFrame label={units ? 'Hidden space: the four points at (h₁, h₂), and the output unit\'s line' : 'Hidden space, projected: the four points and the output unit\'s boundary'}
      x={extent.x} y={extent.y} xLabel={units ? 'h₁' : 'across the output\'s boundary'} yLabel={units ? 'h₂' : 'along it (h₁)'} aspect={1} maxHeight={360}>
      <HalfPlanes neuron={view.line} label="the output unit's line" />
      <XorPoints at={view.points} right={right} trails={trails} />
    </PlotFrame>
  );
});

function StepMark({ step, loss }: { step: number; loss: number }) {
  const plot = usePlot();
  const px = plot.x(Math.max(1, step)), py = plot.y(loss);
  if (!Number.isFinite(px)) return null;
  return (
    <g aria-hidden="true">
      <line x1={px} x2={px} y1={plot.inner.top} y2={plot.inner.top + plot.inner.height} style={{ stroke: color.muted }} strokeDasharray="3 3" />
      {Number.isFinite(py) ? <circle cx={px} cy={py} r={5} style={{ fill: color.accent, stroke: color.bg }} strokeWidth={1.5} /> : null}
    </g>
  );
}

/** Loss against step on a log step axis (the first steps move most), with ln 2 for reference. */
export const XorLossPlot = memo(function XorLossPlot({ losses, step }: { losses: Float64Array; step: number }) {
  const { xs, ys, top } = useMemo(() => {
    const n = losses.length;
    const finite = Array.from(losses).filter(Number.isFinite);
    return {
      xs: Float64Array.from({ length: n - 1 }, (_, i) => i + 1),
      ys: losses.subarray(1),
      top: Math.max(Math.LN2 * 1.15, Math.min(Math.max(...finite, 0), 1e6) * 1.05),
    };
  }, [losses]);
  const ln2 = useMemo(() => ({ x: [1, XOR_STEPS], y: [Math.LN2, Math.LN2] }), []);
  return (
    <PlotFrame label="Cross-entropy loss against the step" x={[1, XOR_STEPS]} xScale="log" y={[0, top]} xLabel="step (log scale)" yLabel="loss" aspect={0.7} maxHeight={300}>
      <LinePlot x={ln2.x} y={ln2.y} color={color.muted} dashed strokeWidth={1} label="ln 2: the loss of answering ½ everywhere" />
      <LinePlot x={xs} y={ys} color={color.accent} label="loss by step" />
      <StepMark step={step} loss={losses[Math.min(step, losses.length - 1)]} />
    </PlotFrame>
  );
});
