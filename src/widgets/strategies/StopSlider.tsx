/**
 * A labelled native range input over a list of values (budgetSteps.ts): the kit's Slider moves
 * through the indices 0 … n − 1 and each index stands for one value, so value → index → value
 * is exact and every key press changes the value.
 */
import { Slider } from '../kit';
import type { Field } from '../state/schema';

export interface StopSliderProps {
  /** Visible label, also the accessible name. */
  label: string;
  value: number;
  /** The values, increasing. */
  stops: readonly number[];
  /** Index of the stop shown for `value` (e.g. the nearest one). */
  indexOf: (value: number) => number;
  onChange: (value: number) => void;
  /** Display text for a value. */
  format: (value: number) => string;
  /** The schema field it drives: a teacher may hide or lock it. */
  field?: Field;
}

export function StopSlider({ label, value, stops, indexOf, onChange, format, field }: StopSliderProps) {
  const index = indexOf(value);
  return (
    <Slider
      field={field}
      label={label}
      min={0}
      max={stops.length - 1}
      step={1}
      integer
      value={index}
      // the current value as it is (it may lie between stops), any other position as its stop
      format={(i) => format(i === index ? value : (stops[i] ?? value))}
      onChange={(i) => {
        const next = stops[i];
        if (next !== undefined) onChange(next);
      }}
    />
  );
}
