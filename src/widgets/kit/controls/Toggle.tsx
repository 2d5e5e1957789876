/**
 * An on/off switch: a real checkbox (role="switch", so it is announced as on/off), drawn as a
 * track and thumb. The whole label is the hit target.
 */
import type { ChangeEvent } from 'react';
import { LOCKED_NOTE, settingAttribute, useFieldPolicy } from '../../state/controlPolicy';
import type { Field } from '../../state/schema';
import styles from './controls.module.css';

export interface ToggleProps {
  /** Visible label, also the accessible name. */
  label: string;
  /** Current state (controlled). */
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** The input's id. */
  id?: string;
  /** The schema field it drives (toggleProps passes it): a teacher may hide or lock it. */
  field?: Field;
}

export function Toggle({ label, checked, onChange, id, field, ...rest }: ToggleProps) {
  const access = useFieldPolicy(field);
  const disabled = rest.disabled === true || access === 'locked';
  if (access === 'hidden') return null;
  return (
    <label className={styles.toggle} {...settingAttribute(field)}>
      <span className={styles.switchBox}>
        <input
          id={id}
          className={styles.switchInput}
          type="checkbox"
          role="switch"
          checked={checked}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.checked)}
          disabled={disabled}
        />
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
      </span>
      <span>
        {label}
        {access === 'locked' && <span className={styles.hint}> {LOCKED_NOTE}</span>}
      </span>
    </label>
  );
}
