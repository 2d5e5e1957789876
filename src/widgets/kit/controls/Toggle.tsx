/**
 * An on/off switch: a real checkbox (role="switch", so it is announced as on/off), drawn as a
 * track and thumb. The whole label is the hit target.
 */
import type { ChangeEvent } from 'react';
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
}

export function Toggle({ label, checked, onChange, disabled, id }: ToggleProps) {
  return (
    <label className={styles.toggle}>
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
      <span>{label}</span>
    </label>
  );
}
