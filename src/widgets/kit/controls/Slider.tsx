/**
 * A labelled native range input with its value shown beside the label. Native, so the keyboard
 * (arrows, Page Up/Down, Home/End), touch and screen readers all work without our code. With
 * `log`, the input moves through integer positions and each position stands for a value
 * evenly spaced in log(value) (see logScale.ts): learning rates from 1e-4 to 10 get the same
 * room per decade.
 */
import { type ChangeEvent, useId } from 'react';
import { LOCKED_NOTE, settingAttribute, useFieldPolicy } from '../../state/controlPolicy';
import { roundSignificant } from '../../state/numbers';
import type { Field } from '../../state/schema';
import { formatValue } from '../format';
import styles from './controls.module.css';
import { LOG_POSITIONS, logPositionToValue, logValueToPosition } from './logScale';

export interface SliderProps {
  /** Visible label, also the accessible name. */
  label: string;
  /** Current value (controlled). */
  value: number;
  /** Called with the new value while dragging or keying. */
  onChange: (value: number) => void;
  min: number;
  max: number;
  /** Linear sliders: value granularity (default: a round 1/100 of the range, 1 if integer). */
  step?: number;
  /** Move evenly in log(value); needs min > 0. */
  log?: boolean;
  /** Whole numbers only. */
  integer?: boolean;
  /** Shown after the value and read with it: "steps", "%". */
  unit?: string;
  /** Display text for a value (default: formatValue with the step's decimals). */
  format?: (value: number) => string;
  /** Positions of a log slider (default 1000). */
  positions?: number;
  /** A sentence under the slider, linked as its description. */
  hint?: string;
  disabled?: boolean;
  /** The input's id (default: generated). */
  id?: string;
  /** The schema field it drives (sliderProps passes it): a teacher may hide or lock it. */
  field?: Field;
}

/** A round step of about 1/100 of the range: [0, 10] → 0.1, [−5, 5] → 0.1, [0, 2] → 0.01. */
export function defaultStep(min: number, max: number, integer = false): number {
  if (integer) return 1;
  return 10 ** Math.floor(Math.log10((max - min) / 100));
}

export function Slider(props: SliderProps) {
  const { label, value, onChange, min, max, log = false, integer = false, unit } = props;
  const access = useFieldPolicy(props.field);
  const disabled = props.disabled === true || access === 'locked';
  const hint = access === 'locked' ? LOCKED_NOTE : props.hint;
  const generated = useId();
  const id = props.id ?? `slider${generated}`;
  const hintId = `${id}-hint`;
  const step = props.step ?? defaultStep(min, max, integer);
  const positions = props.positions ?? LOG_POSITIONS;
  const range = { min, max, positions };

  const text = props.format ? props.format(value) : formatValue(value, log ? { integer } : { step, integer });
  const spoken = unit ? `${text} ${unit}` : text;

  const onInput = (e: ChangeEvent<HTMLInputElement>) => {
    const raw = Number(e.currentTarget.value);
    let next = log ? logPositionToValue(raw, range) : roundSignificant(raw); // drop 0.30000000000000004
    if (integer) next = Math.round(next);
    // A log slider of whole numbers where one position is less than one unit (batch sizes 1–200):
    // an arrow key moves one position, which rounds back to the same number, whose position is
    // the same again, and the key does nothing. Move one whole unit that way instead.
    if (log && integer && next === value && raw !== logValueToPosition(value, range)) next = value + Math.sign(raw - logValueToPosition(value, range));
    onChange(Math.min(max, Math.max(min, next)));
  };

  if (access === 'hidden') return null;
  return (
    <div className={styles.field} {...settingAttribute(props.field)}>
      <div className={styles.row}>
        <label className={styles.label} htmlFor={id}>
          {label}
        </label>
        {/* Hidden from screen readers: an <output> is a live region, and the input already
            speaks the same text through aria-valuetext. */}
        <output className={styles.value} htmlFor={id} aria-hidden="true">
          {spoken}
        </output>
      </div>
      <input
        id={id}
        className={styles.range}
        type="range"
        min={log ? 0 : min}
        max={log ? positions : max}
        step={log ? 1 : step}
        value={log ? logValueToPosition(value, range) : value}
        onChange={onInput}
        aria-valuetext={spoken}
        aria-describedby={hint ? hintId : undefined}
        disabled={disabled}
      />
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
