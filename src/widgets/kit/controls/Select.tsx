/**
 * A labelled native <select>. Options are plain values or { value, label } pairs; the value
 * type is kept, so an enum field's union type flows through to onChange.
 */
import { type ChangeEvent, useId } from 'react';
import { LOCKED_NOTE, settingAttribute, useFieldPolicy } from '../../state/controlPolicy';
import type { Field } from '../../state/schema';
import styles from './controls.module.css';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectProps<V extends string> {
  /** Visible label, also the accessible name. */
  label: string;
  /** Current value (controlled). */
  value: V;
  /** Choices, in order: values shown as written, or { value, label } pairs. */
  options: readonly (V | SelectOption<V>)[];
  onChange: (value: V) => void;
  disabled?: boolean;
  /** The select's id (default: generated). */
  id?: string;
  /** The schema field it drives (selectProps passes it): a teacher may hide or lock it. */
  field?: Field;
}

function normalize<V extends string>(option: V | SelectOption<V>): SelectOption<V> {
  return typeof option === 'string' ? { value: option, label: option } : option;
}

export function Select<V extends string>({ label, value, options, onChange, id, field, ...rest }: SelectProps<V>) {
  const access = useFieldPolicy(field);
  const disabled = rest.disabled === true || access === 'locked';
  const generated = useId();
  const selectId = id ?? `select${generated}`;
  const list = options.map(normalize);

  const onPick = (e: ChangeEvent<HTMLSelectElement>) => {
    // Look the value up rather than cast it: only listed values reach onChange.
    const picked = list.find((o) => o.value === e.currentTarget.value);
    if (picked) onChange(picked.value);
  };

  if (access === 'hidden') return null;
  const noteId = `${selectId}-note`;
  return (
    <div className={styles.field} {...settingAttribute(field)}>
      <label className={styles.label} htmlFor={selectId}>
        {label}
      </label>
      <select id={selectId} className={styles.select} value={value} onChange={onPick} disabled={disabled} aria-describedby={access === 'locked' ? noteId : undefined}>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {access === 'locked' && (
        <p id={noteId} className={styles.hint}>
          {LOCKED_NOTE}
        </p>
      )}
    </div>
  );
}
