/** The line y = m·x + b across the plot, and optional residual bars from points to it, both
 *  clipped to the plot area: a steep line or a long residual must not draw over the axes. */
import { color } from '../theme';
import { LinePlot } from './LinePlot';
import { PlotClip } from './PlotClip';
import { usePlot } from './plotContext';

export interface LineLayerProps {
  m: number;
  b: number;
  /** Draw a vertical bar from each point to the line (its residual). */
  residualsOf?: readonly (readonly [number, number])[];
  color?: string;
  dashed?: boolean;
  label?: string;
}

export function LineLayer({ m, b, residualsOf, color: stroke = color.accent, dashed, label }: LineLayerProps) {
  const plot = usePlot();
  const [x0, x1] = plot.xDomain;
  return (
    <PlotClip>
      {residualsOf?.map(([x, y], i) => (
        <line
          key={i}
          x1={plot.x(x)} x2={plot.x(x)} y1={plot.y(y)} y2={plot.y(m * x + b)}
          stroke={color.danger} strokeWidth={2} strokeDasharray="3 2"
        />
      ))}
      <LinePlot x={[x0, x1]} y={[m * x0 + b, m * x1 + b]} color={stroke} dashed={dashed} label={label} />
    </PlotClip>
  );
}
