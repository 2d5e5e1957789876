/**
 * Validation loss against the number of members averaged: the ensemble's line, and each
 * member's own loss as a dot at its position (member k is the one added at K = k).
 */
import { memo } from 'react';
import { color, LinePlot, PlotFrame, ScatterPlot } from '../kit';
import { MarkerLine } from '../overfit/MarkerLine';
import type { EnsembleScore } from './ensembleModel';
import { ENSEMBLE_SIZE } from './ensembleSchema';

export const EnsembleCurve = memo(function EnsembleCurve({ ensemble, members, k }: { ensemble: readonly EnsembleScore[]; members: readonly EnsembleScore[]; k: number }) {
  const top = Math.max(...members.map((m) => m.loss), ...ensemble.map((e) => e.loss)) * 1.1;
  return (
    <PlotFrame label="Validation loss of the average of K networks, and of each network alone" x={[0.5, ENSEMBLE_SIZE + 0.5]} y={[0, top]} xLabel="K, networks averaged" yLabel="validation loss" aspect={0.7} xInteger>
      <ScatterPlot x={members.map((m) => m.k)} y={members.map((m) => m.loss)} colors={[color.muted]} radius={4} label="each network alone" />
      <LinePlot x={ensemble.map((e) => e.k)} y={ensemble.map((e) => e.loss)} color={color.accent} label="the average of the first K" />
      <MarkerLine x={k} label={`K = ${k}`} />
    </PlotFrame>
  );
});
