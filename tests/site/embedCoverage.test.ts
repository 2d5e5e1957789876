/**
 * Every widget a chapter shows is embeddable: found by rendering the real chapters, so a new
 * widget whose island has no embed page (its name does not end in "Widget") fails here.
 */
import { describe, expect, it } from 'vitest';
import { EMBEDS } from '../../src/site/embed/embeds';

/** The islands of a page's HTML that contain a widget (a WidgetFrame root, data-widget). */
function widgetIslands(html: string): string[] {
  // Islands do not nest widgets in one another, so each island owns the markup up to the next.
  const parts = html.split(/(?=<div data-island=")/);
  return parts.flatMap((part) => {
    const name = /^<div data-island="([^"]+)"/.exec(part)?.[1];
    return name !== undefined && part.includes('data-widget=') ? [name] : [];
  });
}

describe('embed coverage', () => {
  it('every widget in every chapter has an embed page', { timeout: 60_000 }, async () => {
    const { render } = await import('../../src/site/entry-server');
    const { chapters } = await import('../../src/site/chapters');
    const shown = new Set<string>();
    for (const chapter of chapters) {
      for (const island of widgetIslands((await render(`/${chapter.slug}/`)).html)) shown.add(island);
    }
    expect(shown.size).toBeGreaterThanOrEqual(19); // the four chapters' widgets, found
    const embedded = new Set<string>(EMBEDS.map((e) => e.island));
    expect([...shown].filter((island) => !embedded.has(island))).toEqual([]);
  });
});
