/**
 * An embed page tells the page around its iframe how tall it is, whenever that changes, so the
 * host can size the frame to fit (no inner scroll bar, no gap). Two messages:
 * - ours, for the host snippet in the README: { type: 'descent:height', slug, height };
 * - WordPress's, when the URL's fragment carries its secret (WordPress loads an embed as
 *   src#?secret=…): { message: 'height', value, secret }, which wp-embed matches to the iframe
 *   by its data-secret and clamps to 200–1000 px.
 * Works in a sandbox without allow-same-origin: postMessage to the parent needs no origin.
 */
export const HEIGHT_MESSAGE = 'descent:height';

/** The secret WordPress put in the fragment ("#?secret=abc" or "#secret=abc"), if any. */
export function wordpressSecret(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return secret && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : null;
}

export function reportHeight(embed: HTMLElement): void {
  if (window.parent === window) return; // not in a frame: nobody to tell
  const slug = embed.dataset.embed ?? '';
  const secret = wordpressSecret(window.location.hash);
  let last = -1;
  const post = (): void => {
    // The bottom of the embed's box in the document (its own margin included), in whole pixels.
    const height = Math.ceil(embed.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(embed).marginBottom || '0'));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, slug, height }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(post).observe(embed);
  post();
}
