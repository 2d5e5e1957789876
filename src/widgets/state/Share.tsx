/**
 * A "Share" button: copies a link to this widget with its current settings. Where the clipboard
 * is unavailable (insecure context, permission refused, older browsers) the link is shown in a
 * read-only field, selected, for the reader to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../kit/controls/Button';
import styles from './Share.module.css';

export interface ShareProps {
  /** Builds the link when clicked (e.g. `shareUrl` from useWidgetState), so it is never stale. */
  getUrl: () => string;
  /** Button text (default "Share"). */
  label?: string;
}

/** How long "Link copied" stays; cleared so that a second copy is announced again. */
const STATUS_MS = 4000;

export function Share({ getUrl, label = 'Share' }: ShareProps) {
  const [status, setStatus] = useState('');
  const [shownUrl, setShownUrl] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (shownUrl !== null) inputRef.current?.select();
  }, [shownUrl]);

  const announce = (text: string) => {
    clearTimeout(timer.current);
    setStatus(text);
    timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };

  const onClick = async () => {
    const url = getUrl();
    try {
      // Optional chaining: navigator.clipboard is undefined outside secure contexts.
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setShownUrl(null);
      announce('Link copied');
    } catch {
      setShownUrl(url);
      announce('Copy the link below');
    }
  };

  return (
    <div className={styles.share}>
      <Button onClick={() => void onClick()}>
        {label}
      </Button>
      <span className={styles.status} aria-live="polite">
        {status}
      </span>
      {shownUrl !== null && (
        <input
          ref={inputRef}
          className={styles.link}
          type="text"
          readOnly
          value={shownUrl}
          aria-label="Link to this widget with its settings"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
