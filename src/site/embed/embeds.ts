/**
 * Every widget of the book as an embed page, /embed/<slug>/: one per island whose name ends in
 * "Widget", so a widget added to islands.ts is embeddable with no further step. The slug is the
 * component's name in words: OptimizerRaceWidget → optimizer-race.
 */
import { islands, type IslandName } from '../islands/islands';

export interface Embed {
  /** The URL segment: /embed/<slug>/. */
  readonly slug: string;
  readonly island: IslandName;
  /** The widget's name in words, for the page title: "Optimizer race". */
  readonly name: string;
}

const words = (island: string): string[] => island.replace(/Widget$/, '').split(/(?<=[a-z0-9])(?=[A-Z])/);

function embedOf(island: IslandName): Embed {
  const parts = words(island).map((w) => w.toLowerCase());
  const name = parts.join(' ');
  return { slug: parts.join('-'), island, name: name.charAt(0).toUpperCase() + name.slice(1) };
}

export const EMBEDS: readonly Embed[] = (Object.keys(islands) as IslandName[]).filter((n) => n.endsWith('Widget')).map(embedOf);

/** Absolute, with a trailing slash: the file is /embed/<slug>/index.html. */
export const embedPath = (slug: string): string => `/embed/${slug}/`;

/**
 * Embed pages renamed since links to them were published: old slug → the widget's island now.
 * The old address is prerendered as the same page, so a teacher's iframe keeps working
 * (tests/site/publicInterface.test.ts fails on a rename without an entry here).
 */
export const RENAMED_EMBEDS: Readonly<Record<string, IslandName>> = {};

export const embedBySlug = (slug: string): Embed | null =>
  EMBEDS.find((e) => e.slug === slug) ?? (Object.hasOwn(RENAMED_EMBEDS, slug) ? embedOf(RENAMED_EMBEDS[slug]) : null);

/** Every embed page's path, the renamed ones' old paths too. */
export const embedPaths = (): string[] => [...EMBEDS.map((e) => e.slug), ...Object.keys(RENAMED_EMBEDS)].map(embedPath);
