/**
 * The batch-size slider: a native range input over the list of stops (batchSizeStops: the
 * divisors of n, the powers of two, round numbers), so 1, 2, 4, … and n are each one arrow key
 * apart and the value read out is the batch size itself, not a position. A batch size from a
 * link that is not a stop is added as a stop of its own.
 */
import { useMemo } from 'react';
import { Slider } from '../kit';
import type { Field } from '../state/schema';
import { batchSizeStops } from './setup';

export interface BatchSizeSliderProps {
  label: string;
  n: number;
  value: number;
  onChange: (batchSize: number) => void;
  /** The schema field it drives: a teacher may hide or lock it. */
  field?: Field;
}

export function BatchSizeSlider({ label, n, value, onChange, field }: BatchSizeSliderProps) {
  const stops = useMemo(() => {
    const s = batchSizeStops(n);
    return s.includes(value) ? s : [...s, value].sort((a, b) => a - b);
  }, [n, value]);
  const index = stops.indexOf(value);
  return (
    <Slider
      field={field}
      label={label}
      min={0}
      max={stops.length - 1}
      step={1}
      integer
      value={index}
      format={(i) => `${stops[i]}${stops[i] === n ? ' (all)' : ''}`}
      onChange={(i) => onChange(stops[i])}
    />
  );
}
