/**
 * oEmbed (oembed.com) for the embed pages: paste /embed/<widget>/ into WordPress, Drupal,
 * Discord, or Moodle with its oEmbed filter, and the host finds the page's discovery link,
 * fetches this JSON and puts its iframe in the post. The site is static, so each widget has one
 * JSON file, for its default settings (the teachers' page says so and gives the iframe for any
 * other state). Its height is the embed page's, measured at OEMBED_WIDTH in Chromium
 * (embedHeights.json, kept current by tests/e2e/embedHeights.spec.ts); hosts that listen for
 * the page's height messages (WordPress) then fit the frame exactly.
 */
import { book } from '../book';
import { iframeHtml } from '../../widgets/state/iframeHtml';
import heights from './embedHeights.json';
import { type Embed, embedPath } from './embeds';

/** The column width the heights are measured at: a typical course page's text column. */
export const OEMBED_WIDTH = 700;

/** Used only until the e2e test has measured a new widget. */
const UNMEASURED_HEIGHT = 800;

export interface OEmbedRich {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly cache_age: number;
}

/** Where a widget's JSON is: beside its page. */
export const oembedPath = (slug: string): string => `${embedPath(slug)}oembed.json`;

export const embedHeight = (slug: string): number => (heights as Readonly<Record<string, number>>)[slug] ?? UNMEASURED_HEIGHT;

/** `site`: the book's public address, origin and base, ending in '/' (https://x.edu/ml/). */
export function oembedOf(embed: Embed, site: string): OEmbedRich {
  const title = `${embed.name} (${book.title})`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: book.title,
    provider_url: site,
    html: iframeHtml({ src: new URL(embedPath(embed.slug).slice(1), site).href, title, height: embedHeight(embed.slug) }),
    width: OEMBED_WIDTH,
    height: embedHeight(embed.slug),
    cache_age: 86_400, // a day: a new build's heights reach hosts soon enough
  };
}
