/**
 * An "Embed" button beside Share: the HTML for this widget with its current settings, two ways.
 * The iframe, which every course platform takes (Canvas, Moodle, WordPress, Notion), is copied;
 * its height is the widget's own plus room for the link back. Below it, the <descent-widget>
 * element for pages that run scripts (the widget in the page itself, no frame).
 */
import { useContext, useRef, useState } from 'react';
import { Button } from '../kit/controls/Button';
import { CopyField, copyText } from './CopyField';
import { elementHtml, settingsOfLink } from './elementHtml';
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

/** The element for `target` with the settings in `shareUrl`. */
export function elementSnippet(target: EmbedTarget, shareUrl: string): string {
  return elementHtml({ script: target.script, name: target.slug, settings: settingsOfLink(shareUrl) });
}

interface Snippets {
  readonly iframe: string;
  readonly element: string;
}

export function Embed({ getUrl }: { getUrl: () => string }) {
  const target = useContext(EmbedLink);
  const [snippet, setSnippet] = useState<Snippets | null>(null);
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
    const url = getUrl();
    const iframe = iframeSnippet(target, url, height);
    setSnippet({ iframe, element: elementSnippet(target, url) });
    setStatus((await copyText(iframe)) ? 'Iframe code copied' : 'Copy the code below');
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
      {snippet !== null && (
        <>
          <CopyField value={snippet.iframe} label="HTML to embed this widget with its settings: an iframe, for any course page" lines={3} />
          <span className={styles.status}>Or, in a page that runs scripts, the widget itself:</span>
          <CopyField value={snippet.element} label="HTML to embed this widget with its settings: the descent-widget element, for pages that run scripts" lines={3} selected={false} />
        </>
      )}
    </>
  );
}
