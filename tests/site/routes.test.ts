import { describe, expect, it } from 'vitest';
import { allPaths, resolveRoute, routeTitle } from '../../src/site/routes';
import { sampleChapters } from './fixtures/sampleChapters';
import { embedBySlug, EMBEDS } from '../../src/site/embed/embeds';
import { wordpressSecret } from '../../src/site/embed/reportHeight';
import { islands } from '../../src/site/islands/islands';

describe('resolveRoute', () => {
  it.each(['/', '', '/index.html'])('%j is the home page', (path) => {
    expect(resolveRoute(path, sampleChapters).kind).toBe('home');
  });
  it.each(['/sample-chapter/', '/sample-chapter', '/sample-chapter/index.html'])('%j is the chapter', (path) => {
    const route = resolveRoute(path, sampleChapters);
    expect(route.kind === 'chapter' && route.chapter.slug).toBe('sample-chapter');
  });
  it.each(['/404.html', '/nope/', '/sample-chapter/extra/'])('%j is not found', (path) => {
    expect(resolveRoute(path, sampleChapters).kind).toBe('notFound');
  });
  it.each(['/teachers/', '/teachers'])('%j is the teachers’ page', (path) => {
    const route = resolveRoute(path, sampleChapters);
    expect(route.kind).toBe('teachers');
    expect(routeTitle(route)).toBe('For teachers · Descent');
  });
  it('lists every page path and titles them', () => {
    expect(allPaths(sampleChapters).slice(0, 2)).toEqual(['/', '/sample-chapter/']);
    expect(routeTitle(resolveRoute('/sample-chapter/', sampleChapters))).toBe('Sample chapter · Descent');
  });
});

describe('embed pages', () => {
  it('every widget island has one, at /embed/<its name in words>/, with a unique slug', () => {
    const widgets = Object.keys(islands).filter((n) => n.endsWith('Widget'));
    expect(EMBEDS.map((e) => e.island)).toEqual(widgets);
    expect(new Set(EMBEDS.map((e) => e.slug)).size).toBe(EMBEDS.length);
    expect(embedBySlug('optimizer-race')).toEqual({ slug: 'optimizer-race', island: 'OptimizerRaceWidget', name: 'Optimizer race' });
    expect(embedBySlug('mse-bowl')?.island).toBe('MseBowlWidget');
  });
  it.each(['/embed/optimizer-race/', '/embed/optimizer-race', '/embed/optimizer-race/index.html'])('%j is the race alone', (path) => {
    const route = resolveRoute(path, sampleChapters);
    expect(route.kind === 'embed' && route.embed.island).toBe('OptimizerRaceWidget');
    expect(routeTitle(route)).toBe('Optimizer race · Descent');
  });
  it.each(['/embed/', '/embed/no-such-widget/', '/embed/optimizer-race/extra/', '/embed/Optimizer-Race/'])('%j is not found', (path) => {
    expect(resolveRoute(path, sampleChapters).kind).toBe('notFound');
  });
  it('the prerender writes every embed page', () => {
    expect(allPaths(sampleChapters)).toEqual(['/', '/sample-chapter/', '/teachers/', ...EMBEDS.map((e) => `/embed/${e.slug}/`)]);
  });
  it('reads WordPress’s secret from the fragment it adds, and nothing unsafe', () => {
    expect(wordpressSecret('#?secret=Ab12')).toBe('Ab12');
    expect(wordpressSecret('#secret=Ab12')).toBe('Ab12');
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#?secret=<script>')).toBeNull();
  });
});
