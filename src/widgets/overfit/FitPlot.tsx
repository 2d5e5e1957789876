/**
 * The points and the fit: training points filled (blue), validation points orange, each
 * draggable (or focused and moved with the arrow keys); a press on empty space adds a point.
 * The fitted polynomial is solid, the curve the book's samples come from dashed.
 */
import { memo, useMemo } from 'react';
import { color, DraggablePoint, LinePlot, PlotFrame } from '../kit';
import { ClickLayer } from '../linreg/ClickLayer';
import { curvePoints, OVERFIT_X, OVERFIT_Y, type Vec2 } from './overfitModel';

export interface FitPlotProps {
  readonly points: readonly Vec2[];
  readonly isTrain: readonly boolean[];
  readonly w: Float64Array;
  /** Draw the source curve sin(2πx) (only when the points are the book's sample). */
  readonly showTruth: boolean;
  readonly onMove: (i: number, p: Vec2) => void;
  readonly onAdd: (p: Vec2) => void;
}

const Curves = memo(function Curves({ w, showTruth }: { w: Float64Array; showTruth: boolean }) {
  const c = useMemo(() => curvePoints(w), [w]);
  return (
    <>
      {showTruth ? <LinePlot x={c.x} y={c.truth} color={color.muted} dashed strokeWidth={1.5} /> : null}
      <LinePlot x={c.x} y={c.y} color={color.fg} strokeWidth={2.5} label="fitted polynomial" />
    </>
  );
});

/** The draggable points, memoized: a new degree redraws the curve, not thirty points. */
const Points = memo(function Points({ points, isTrain, onMove }: Pick<FitPlotProps, 'points' | 'isTrain' | 'onMove'>) {
  return points.map(([x, y], i) => (
    <DraggablePoint
      key={i}
      x={x}
      y={y}
      domain={{ x: OVERFIT_X, y: OVERFIT_Y }}
      step={[0.01, 0.05]}
      radius={5}
      color={isTrain[i] ? color.accent : color.accent2}
      label={`${isTrain[i] ? 'Training' : 'Validation'} point ${i + 1}`}
      onChange={(nx, ny) => onMove(i, [nx, ny])}
    />
  ));
});

export function FitPlot({ points, isTrain, w, showTruth, onMove, onAdd }: FitPlotProps) {
  return (
    <PlotFrame label="The points and the fitted polynomial" x={OVERFIT_X} y={OVERFIT_Y} xLabel="x" yLabel="y" aspect={0.75}>
      <ClickLayer onClick={(x, y) => onAdd([x, y])} />
      <Curves w={w} showTruth={showTruth} />
      <Points points={points} isTrain={isTrain} onMove={onMove} />
    </PlotFrame>
  );
}
