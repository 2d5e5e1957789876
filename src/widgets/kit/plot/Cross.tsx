/** An × marker at a data point (the least-squares solution), with a title for hover and readers. */
import { color } from '../theme';
import { usePlot } from './plotContext';

export function Cross({ x, y, label, size = 7 }: { x: number; y: number; label: string; size?: number }) {
  const plot = usePlot();
  const px = plot.x(x), py = plot.y(y);
  return (
    <g stroke={color.fg} strokeWidth={2.5} aria-label={label} role="img">
      <title>{label}</title>
      <line x1={px - size} y1={py - size} x2={px + size} y2={py + size} />
      <line x1={px - size} y1={py + size} x2={px + size} y2={py - size} />
    </g>
  );
}
