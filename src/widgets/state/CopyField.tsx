/**
 * What Share and Embed have in common: put a text on the clipboard, and where that is not
 * possible (insecure context, permission refused, older browsers) show it in a read-only field,
 * selected, for the reader to copy by hand.
 */
import { useEffect, useRef } from 'react';
import styles from './Share.module.css';

/** Copies `text`; false when the clipboard is unavailable or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Optional chaining: navigator.clipboard is undefined outside secure contexts.
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A read-only field showing `value`, selected whenever it is focused and, if `selected` (the
 * one text that was copied), when it appears.
 */
export function CopyField({ value, label, lines = 1, selected = true }: { value: string; label: string; lines?: number; selected?: boolean }) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (selected) ref.current?.select();
  }, [value, selected]);
  const common = { ref, className: styles.link, readOnly: true, value, 'aria-label': label, onFocus: (e: { currentTarget: { select(): void } }) => e.currentTarget.select() };
  return lines > 1 ? <textarea rows={lines} {...common} /> : <input type="text" {...common} />;
}
