/**
 * The public interface teachers' pages depend on: embed page names and the state keys a link
 * or an attribute may set. publicInterface.json lists everything ever published and only
 * grows: a widget or key renamed or removed fails here until an alias keeps the old link
 * working (RENAMED_EMBEDS in src/site/embed/embeds.ts, or the `renamed` map of the widget's
 * stateSpec). A widget or key added fails too, until it is recorded:
 *
 *   UPDATE_PUBLIC_INTERFACE=1 npx vitest run tests/site/publicInterface.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedBySlug, EMBEDS } from '../../src/site/embed/embeds';
import { loadWidgetStates } from '../../src/widgets/catalog';
import type { Field } from '../../src/widgets/state/schema';

/** What a published key promised: its kind, and the values a link could hold. */
type Promised =
  | { kind: 'number'; min: number; max: number }
  | { kind: 'enum'; values: string[] }
  | { kind: 'numbers'; min: number; max: number; maxCount: number }
  | { kind: 'text'; maxLength: number }
  | { kind: 'boolean' | 'seed' | 'points' };
interface Published {
  prefix: string;
  keys: Record<string, Promised>;
}
type Interface = Record<string, Published>;

const FILE = new URL('./publicInterface.json', import.meta.url);
const WIDGET_STATES = await loadWidgetStates();

function promiseOf(field: Field): Promised {
  if (field.kind === 'number') return { kind: 'number', min: field.min, max: field.max };
  if (field.kind === 'enum') return { kind: 'enum', values: [...field.values] };
  if (field.kind === 'numbers') return { kind: 'numbers', min: field.min, max: field.max, maxCount: field.maxCount };
  if (field.kind === 'text') return { kind: 'text', maxLength: field.maxLength };
  return { kind: field.kind };
}

function current(): Interface {
  const out: Interface = {};
  for (const embed of EMBEDS) {
    const spec = WIDGET_STATES[embed.island];
    out[embed.slug] = { prefix: spec.id, keys: Object.fromEntries(Object.entries(spec.schema).map(([k, f]) => [k, promiseOf(f)])) };
  }
  return out;
}

/** Why a published link would no longer work, one sentence each. */
function broken(published: Interface): string[] {
  const out: string[] = [];
  for (const [slug, was] of Object.entries(published)) {
    const embed = embedBySlug(slug);
    if (!embed) {
      out.push(`/embed/${slug}/ is gone: add it to RENAMED_EMBEDS`);
      continue;
    }
    const spec = WIDGET_STATES[embed.island];
    if (spec.id !== was.prefix) out.push(`${slug}: its keys' prefix was "${was.prefix}.", now "${spec.id}."`);
    for (const [key, promised] of Object.entries(was.keys)) {
      const now = Object.hasOwn(spec.schema, key) ? key : spec.renamed[key];
      const field = now === undefined ? undefined : spec.schema[now];
      if (!field) {
        out.push(`${slug}: key "${key}" is gone: add it to the stateSpec's renamed keys`);
        continue;
      }
      if (field.kind !== promised.kind) out.push(`${slug}: key "${key}" was a ${promised.kind}, now a ${field.kind}`);
      else if (promised.kind === 'number' && field.kind === 'number' && (field.min > promised.min || field.max < promised.max)) {
        out.push(`${slug}: key "${key}" narrowed from [${promised.min}, ${promised.max}] to [${field.min}, ${field.max}]`);
      } else if (promised.kind === 'enum' && field.kind === 'enum') {
        for (const v of promised.values) if (!field.values.includes(v)) out.push(`${slug}: key "${key}" no longer takes "${v}"`);
      } else if (promised.kind === 'numbers' && field.kind === 'numbers' && (field.min > promised.min || field.max < promised.max || field.maxCount < promised.maxCount)) {
        out.push(`${slug}: key "${key}" narrowed from ${promised.maxCount} values in [${promised.min}, ${promised.max}] to ${field.maxCount} in [${field.min}, ${field.max}]`);
      } else if (promised.kind === 'text' && field.kind === 'text' && field.maxLength < promised.maxLength) {
        out.push(`${slug}: key "${key}" was up to ${promised.maxLength} characters, now ${field.maxLength}`);
      }
    }
  }
  return out;
}

/** `published` with what is new in `now` added (nothing removed: a promise stays made). */
function merged(published: Interface, now: Interface): Interface {
  const out: Interface = structuredClone(published);
  for (const [slug, entry] of Object.entries(now)) {
    const into = (out[slug] ??= { prefix: entry.prefix, keys: {} });
    for (const [key, promised] of Object.entries(entry.keys)) into.keys[key] ??= promised;
  }
  return out;
}

describe('public interface', () => {
  const published = JSON.parse(readFileSync(FILE, 'utf8')) as Interface;

  it('every embed page has its widget’s state in the catalog, and nothing else is there', () => {
    expect(Object.keys(WIDGET_STATES).sort()).toEqual(EMBEDS.map((e) => e.island).sort());
  });

  it('every published link still works', () => {
    expect(broken(published)).toEqual([]);
  });

  it('everything current is published (recorded in publicInterface.json)', () => {
    const next = merged(published, current());
    if (process.env.UPDATE_PUBLIC_INTERFACE) writeFileSync(FILE, `${JSON.stringify(next, null, 2)}\n`);
    else expect(next, 'new widgets or keys: rerun with UPDATE_PUBLIC_INTERFACE=1 and commit the file').toEqual(published);
  });

  it('the check catches a rename, a narrowing and a lost value', () => {
    const fit = { prefix: 'fit', keys: { slope: { kind: 'number', min: -2, max: 3 } } } as const;
    expect(broken({ 'fit-line': fit })).toEqual(['fit-line: key "slope" is gone: add it to the stateSpec\'s renamed keys']);
    expect(broken({ 'fit-the-line': { prefix: 'fit', keys: {} } })).toEqual(['/embed/fit-the-line/ is gone: add it to RENAMED_EMBEDS']);
    expect(broken({ 'fit-line': { prefix: 'fit', keys: { m: { kind: 'number', min: -9, max: 3 } } } })).toEqual(['fit-line: key "m" narrowed from [-9, 3] to [-2, 3]']);
    expect(broken({ 'mlp-slices': { prefix: 'mlpslice', keys: { centre: { kind: 'enum', values: ['trained', 'middle'] } } } })).toEqual(['mlp-slices: key "centre" no longer takes "middle"']);
  });
});
