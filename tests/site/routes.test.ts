import { describe, expect, it } from 'vitest';
import { allPaths, resolveRoute, routeTitle } from '../../src/site/routes';
import { sampleChapters } from './fixtures/sampleChapters';

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
  it('lists every page path and titles them', () => {
    expect(allPaths(sampleChapters)).toEqual(['/', '/sample-chapter/']);
    expect(routeTitle(resolveRoute('/sample-chapter/', sampleChapters))).toBe('Sample chapter · Descent');
  });
});
