/**
 * The iframe a teacher pastes, written once: the Embed button (current settings) and the
 * oEmbed JSON (defaults) both give this markup. Full width of the host's column, no border,
 * loaded when it comes near the reader.
 */
/** Text for a double-quoted HTML attribute. */
export const escapeAttribute = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Hosts clamp oEmbed heights (WordPress: 200–1000 px); below 200 nothing shows well anyway. */
export const MIN_FRAME_HEIGHT = 200;

/** `height` rounded up to 10 px, at least MIN_FRAME_HEIGHT. */
export const frameHeight = (height: number): number => Math.max(MIN_FRAME_HEIGHT, Math.ceil(height / 10) * 10);

export function iframeHtml({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${frameHeight(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
