/**
 * An "Embed" button beside Share: shows the HTML for an iframe of this widget with its current
 * settings, selected and copied, ready to paste into a course page (Canvas, Moodle, WordPress,
 * Notion all take an iframe). The height is the widget's own, plus room for the link back.
 */
import { useContext, useRef, useState } from 'react';
import { Button } from '../kit/controls/Button';
import { CopyField, copyText } from './CopyField';
import { EmbedLink, type EmbedTarget } from './embedLink';
import { iframeHtml } from './iframeHtml';
import styles from './Share.module.css';

/** The embed page adds a padding and a line linking back to the chapter (src/site/styles/embed.css). */
const EMBED_EXTRA_PX = 56;

/** The iframe for `target` with the state in `shareUrl`'s query, for a widget `height` px tall. */
export function iframeSnippet(target: EmbedTarget, shareUrl: string, height: number): string {
  const search = new URL(shareUrl, 'http://localhost').search;
  return iframeHtml({ src: target.url(search), title: `${target.name} (Descent)`, height: height + EMBED_EXTRA_PX });
}

export function Embed({ getUrl }: { getUrl: () => string }) {
  const target = useContext(EmbedLink);
  const [snippet, setSnippet] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLSpanElement>(null);
  if (!target) return null;

  const onClick = async () => {
    if (snippet !== null) {
      setSnippet(null);
      setStatus('');
      return;
    }
    const height = buttonRef.current?.closest('section')?.getBoundingClientRect().height ?? 800;
    const html = iframeSnippet(target, getUrl(), height);
    setSnippet(html);
    setStatus((await copyText(html)) ? 'Embed code copied' : 'Copy the code below');
  };

  return (
    <>
      <span ref={buttonRef}>
        <Button onClick={() => void onClick()} aria-expanded={snippet !== null}>
          Embed
        </Button>
      </span>
      <span className={styles.status} aria-live="polite">
        {status}
      </span>
      {snippet !== null && <CopyField value={snippet} label="HTML to embed this widget with its settings" lines={3} />}
    </>
  );
}
