/**
 * A point the reader moves with a finger, a mouse or the keyboard, inside a PlotFrame.
 * Focusable (Tab), arrows move it by `step`, Shift ×10, Alt ÷10; a focus ring shows when it has
 * keyboard focus. Announced as a slider whose value text is both coordinates. The touch target
 * is a 36 px circle around the visible dot.
 *
 * A point whose position lies outside its domain (a line's handle when the line leaves the
 * plot) is drawn pinned to the domain's edge, faded, and stays there to be grabbed: a drag
 * or a key moves it back inside, from where it is drawn.
 */
import type { Vec2 } from '../../state/schema';
import { formatValue } from '../format';
import { color as theme } from '../theme';
import styles from './DraggablePoint.module.css';
import { type Domain2, clampToDomain, defaultPointStep } from './nudge';
import { usePlot } from '../plot/plotContext';
import { useMovable } from './useMovable';

export interface DraggablePointProps {
  /** Position in data coordinates (controlled). */
  x: number;
  y: number;
  /** Called with the new position in data coordinates, clamped to the domain. */
  onChange: (x: number, y: number) => void;
  /** Accessible name, e.g. "Starting point". */
  label: string;
  /** Keyboard step in data units: one for both axes, or [x, y] (default ≈ 1/100 of each span). */
  step?: number | Vec2;
  /** Where the point may go (default: the plot's domain). */
  domain?: Domain2;
  /** Fill colour (default: accent). */
  color?: string;
  /** Radius of the visible dot in pixels (default 7). */
  radius?: number;
  /** Coordinate text for screen readers (default: formatValue at the step's precision). */
  format?: (value: number, axis: 'x' | 'y') => string;
}

/** Radius of the invisible hit circle: a 36 px target, above the 32 px minimum. */
const HIT_RADIUS = 18;

export function DraggablePoint({ x, y, onChange, label, step, domain, color = theme.accent, radius = 7, format }: DraggablePointProps) {
  const plot = usePlot();
  const bounds: Domain2 = domain ?? { x: plot.xDomain, y: plot.yDomain };
  const steps: Vec2 =
    step === undefined
      ? [defaultPointStep(bounds.x[1] - bounds.x[0]), defaultPointStep(bounds.y[1] - bounds.y[0])]
      : typeof step === 'number'
        ? [step, step]
        : step;

  const shown = clampToDomain([x, y], bounds);
  const pinned = shown[0] !== x || shown[1] !== y;
  const { dragging, handlers } = useMovable({
    point: shown,
    onMove: ([nx, ny]) => onChange(nx, ny),
    step: steps,
    domain: bounds,
  });

  const show = (v: number, axis: 'x' | 'y') => (format ? format(v, axis) : formatValue(v, { step: axis === 'x' ? steps[0] / 10 : steps[1] / 10 }));
  const valueText = `x = ${show(x, 'x')}, y = ${show(y, 'y')}${pinned ? ' (outside the plot)' : ''}`;

  return (
    <g
      className={styles.point}
      transform={`translate(${plot.x(shown[0]).toFixed(2)},${plot.y(shown[1]).toFixed(2)})`}
      tabIndex={0}
      role="slider"
      aria-roledescription="draggable point"
      aria-label={label}
      aria-valuetext={valueText}
      aria-valuenow={x}
      aria-valuemin={bounds.x[0]}
      aria-valuemax={bounds.x[1]}
      data-dragging={dragging ? '' : undefined}
      data-pinned={pinned ? '' : undefined}
      {...handlers}
    >
      <circle className={styles.hit} r={HIT_RADIUS} />
      <circle className={styles.ring} r={radius + 5} />
      <circle className={styles.dot} r={radius} style={{ fill: color }} />
    </g>
  );
}
