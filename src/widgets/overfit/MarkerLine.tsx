/** A vertical line across a plot at data x, with a short label at its top: "you are here". */
import { color } from '../kit';
import { usePlot } from '../kit';

export function MarkerLine({ x, label, dashed = false }: { x: number; label: string; dashed?: boolean }) {
  const plot = usePlot();
  const px = plot.x(x);
  const { top, height, left, width } = plot.inner;
  if (!Number.isFinite(px) || px < left - 1 || px > left + width + 1) return null;
  const anchor = px > left + width * 0.7 ? 'end' : 'start';
  return (
    <g aria-hidden="true">
      <line x1={px} x2={px} y1={top} y2={top + height} style={{ stroke: color.fg }} strokeWidth={1.25} strokeDasharray={dashed ? '4 3' : undefined} />
      <text x={anchor === 'start' ? px + 4 : px - 4} y={top + 12} textAnchor={anchor} style={{ fill: color.fg }} fontSize={12}>{label}</text>
    </g>
  );
}
