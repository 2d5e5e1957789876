/**
 * Validation error against the number of members averaged: the first K's average (the one the
 * boundary shows), any K on average over every choice of K, and each member alone as a dot at
 * its position (member k is the one added at K = k).
 */
import { memo } from 'react';
import { color, LinePlot, PlotFrame, ScatterPlot } from '../kit';
import { MarkerLine } from '../overfit/MarkerLine';
import type { EnsembleScore } from './ensembleModel';
import { ENSEMBLE_SIZE } from './ensembleSchema';

const percent = (e: number): number => 100 * e;

export const EnsembleCurve = memo(function EnsembleCurve({ ensemble, anyK, members, k }: { ensemble: readonly EnsembleScore[]; anyK: readonly number[]; members: readonly EnsembleScore[]; k: number }) {
  const top = percent(Math.max(...members.map((m) => m.error), ...ensemble.map((e) => e.error))) * 1.15;
  const ks = ensemble.map((e) => e.k);
  return (
    <PlotFrame label="Validation error of the average of K networks, and of each network alone" x={[0.5, ENSEMBLE_SIZE + 0.5]} y={[0, top]} xLabel="K, networks averaged" yLabel="validation error, %" aspect={0.7} xInteger>
      <ScatterPlot x={members.map((m) => m.k)} y={members.map((m) => percent(m.error))} colors={[color.muted]} radius={4} label="each network alone" />
      <LinePlot x={ks} y={anyK.map(percent)} color={color.muted} dashed label="any K of them, on average" />
      <LinePlot x={ks} y={ensemble.map((e) => percent(e.error))} color={color.accent} label="the average of the first K" />
      <MarkerLine x={k} label={`K = ${k}`} />
    </PlotFrame>
  );
});
