/**
 * A "Share" button: copies a link to this widget with its current settings. Where the clipboard
 * is unavailable (insecure context, permission refused, older browsers) the link is shown in a
 * read-only field, selected, for the reader to copy by hand. Beside it, where the widget has an
 * embed page, an "Embed" button (Embed.tsx) with the same settings.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../kit/controls/Button';
import { CopyField, copyText } from './CopyField';
import { Embed } from './Embed';
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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const announce = (text: string) => {
    clearTimeout(timer.current);
    setStatus(text);
    timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };

  const onClick = async () => {
    const url = getUrl();
    const copied = await copyText(url);
    setShownUrl(copied ? null : url);
    announce(copied ? 'Link copied' : 'Copy the link below');
  };

  return (
    <div className={styles.share}>
      <Button onClick={() => void onClick()}>
        {label}
      </Button>
      <span className={styles.status} aria-live="polite">
        {status}
      </span>
      {shownUrl !== null && <CopyField value={shownUrl} label="Link to this widget with its settings" />}
      <Embed getUrl={getUrl} />
    </div>
  );
}
