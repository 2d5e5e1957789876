/**
 * A labelled native range input over a list of values (budgetSteps.ts): the input moves through
 * the indices 0 … n − 1 and each index stands for one value, so value → index → value is exact
 * and every key press changes the value. Looks and reads like the kit's Slider (its styles).
 */
import { type ChangeEvent, useId } from 'react';
import styles from '../kit/controls/controls.module.css';

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
}

export function StopSlider({ label, value, stops, indexOf, onChange, format }: StopSliderProps) {
  const id = `stops${useId()}`;
  const text = format(value);
  const onInput = (e: ChangeEvent<HTMLInputElement>) => {
    const i = Math.round(Number(e.currentTarget.value));
    const next = stops[Math.min(stops.length - 1, Math.max(0, i))];
    if (next !== undefined) onChange(next);
  };
  return (
    <div className={styles.field}>
      <div className={styles.row}>
        <label className={styles.label} htmlFor={id}>
          {label}
        </label>
        <output className={styles.value} htmlFor={id} aria-hidden="true">
          {text}
        </output>
      </div>
      <input
        id={id}
        className={styles.range}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={indexOf(value)}
        onChange={onInput}
        aria-valuetext={text}
      />
    </div>
  );
}
