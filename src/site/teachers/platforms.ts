/**
 * Which course platforms take which way of embedding, as far as we know (2026). Shown on the
 * teachers' page; a platform's administrator has the last word on what it allows.
 */
export interface Platform {
  readonly name: string;
  /** How to put an iframe in, or null if it cannot be done. */
  readonly iframe: string | null;
  /** What pasting an embed page's link does (oEmbed), or null if nothing. */
  readonly link: string | null;
  /** Where the <descent-widget> element goes in, or null where the page's scripts are removed. */
  readonly element: string | null;
}

export const PLATFORMS: readonly Platform[] = [
  { name: 'Your own site', iframe: 'Anywhere in its HTML, including pages a static-site generator (Hugo, Jekyll, Eleventy, Quarto) writes.', link: null, element: 'Anywhere in its HTML.' },
  { name: 'Observable', iframe: 'An html`…` cell with the iframe.', link: null, element: 'One cell imports the module (await import(…/embed/descent.js)); another is html`<descent-widget …>`.' },
  { name: 'Canvas', iframe: 'Rich Content Editor → HTML editor: paste the iframe.', link: null, element: null },
  { name: 'Moodle', iframe: 'A Page or a Text and media area, in the HTML view, where the site allows iframes.', link: 'Embeds, once an administrator adds Descent as a provider to the oEmbed filter (providers are off by default).', element: null },
  { name: 'WordPress', iframe: 'A Custom HTML block (for roles allowed unfiltered HTML).', link: 'Embeds for every author: paste the link on a line of its own. WordPress sandboxes the frame and fits its height (up to 1000 px).', element: 'A Custom HTML block, for the same roles.' },
  { name: 'Drupal', iframe: 'A text format that allows iframes.', link: 'Embeds where the site’s oEmbed media setup accepts Descent as a provider.', element: 'A text format that keeps scripts (Full HTML).' },
  { name: 'Notion', iframe: 'An /embed block with the embed page’s link.', link: null, element: null },
  { name: 'Discourse', iframe: 'Once an administrator allows the book’s domain for iframes.', link: null, element: null },
  { name: 'Discord', iframe: null, link: 'Shows a card with the widget’s title; the widget itself opens on the web.', element: null },
  { name: 'Jupyter', iframe: 'IPython.display.IFrame(url, width="100%", height=900) in a cell.', link: null, element: null },
  { name: 'H5P', iframe: 'The Iframe Embedder content type, with the embed page’s link.', link: null, element: null },
];
