/**
 * The one button look every widget shares: a native <button> (type="button", so it never
 * submits a host page's form), a ≥ 32 px touch target, the accent on hover and focus, and a
 * pressed state for toggle-like buttons (`aria-pressed`).
 *
 * No `className`: a widget places a button (through its parent's layout) but never restyles
 * it, so no rule depends on the order in which the chunks' CSS arrives.
 */
import type { ButtonHTMLAttributes } from 'react';
import styles from './Button.module.css';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'style' | 'type'> {
  /** The widget's main action, filled with the accent colour. */
  primary?: boolean;
  /** Smaller text and padding, for dense rows: presets, a column of actions, table cells. */
  small?: boolean;
}

export function Button({ primary = false, small = false, ...rest }: ButtonProps) {
  const className = [styles.button, primary && styles.primary, small && styles.small].filter(Boolean).join(' ');
  return <button type="button" className={className} {...rest} />;
}
