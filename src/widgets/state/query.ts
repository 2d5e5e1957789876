/**
 * Where encoded state lives outside a widget: the page's query string, shared by every widget on
 * the page (each under its own prefix, `fit.m=0.5&fit.b=1&adam.lr=0.001`), and the attributes
 * of an embedding custom element (`<descent-fit m="0.5">`). Both decode through `decode`, so
 * they accept and repair exactly the same text.
 */
import { type Decoded, decode, encode } from './codec';
import type { Schema, StateOf } from './schema';

/**
 * A widget's key prefix: `fit` → `fit.` (the dot keeps `fit.m` apart from a widget called
 * `fitm`). Every function here accepts the id (`fit`) or the prefix (`fit.`) alike.
 */
export function prefixOf(idOrPrefix: string): string {
  return idOrPrefix.endsWith('.') ? idOrPrefix : `${idOrPrefix}.`;
}

// The query is for people too: keep "," and ";" (points) readable instead of %2C and %3B.
// Both are legal in a query and URLSearchParams reads them back literally.
function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}

/** This widget's state as a query fragment without "?": `fit.m=0.5&fit.b=1`. */
export function toQuery<S extends Schema>(prefix: string, schema: S, state: StateOf<S>): string {
  const p = prefixOf(prefix);
  return Object.entries(encode(schema, state))
    .map(([key, value]) => `${encodeComponent(p + key)}=${encodeComponent(value)}`)
    .join('&');
}

/**
 * This widget's state from a page's query. Keys without the prefix belong to other widgets (or
 * to the page) and are ignored; a key with the prefix that is not a field is reported.
 * When a key repeats, the last one wins, as it would if a reader appended a setting by hand.
 */
export function fromQuery<S extends Schema>(prefix: string, schema: S, params: URLSearchParams): Decoded<S> {
  const p = prefixOf(prefix);
  // A Map: keys come from the link, and `record['__proto__'] = v` on an object sets its prototype.
  const record = new Map<string, string>();
  for (const [key, value] of params) {
    if (key.startsWith(p)) record.set(key.slice(p.length), value);
  }
  return decode(schema, record, { reportUnknown: true });
}

/**
 * The query with keys renamed since a link was published (`renamed`: old → new, without the
 * prefix) read under their new names; a new key already present wins over its old name.
 */
export function withRenamedKeys(prefix: string, renamed: Readonly<Record<string, string>>, params: URLSearchParams): URLSearchParams {
  const p = prefixOf(prefix);
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    const old = key.startsWith(p) ? key.slice(p.length) : null;
    const now = old !== null && Object.hasOwn(renamed, old) ? renamed[old] : null;
    if (now === null) out.append(key, value);
    else if (!params.has(p + now)) out.append(p + now, value);
  }
  return out;
}

/** True if the query holds any key for this prefix (a link meant for this widget). */
export function hasQueryFor(prefix: string, params: URLSearchParams): boolean {
  const p = prefixOf(prefix);
  for (const key of params.keys()) if (key.startsWith(p)) return true;
  return false;
}

/**
 * The page's query with this widget's keys replaced by `fragment` and every other key kept
 * (other widgets' settings, the page's own parameters). Returns the text after "?".
 */
export function mergeQuery(prefix: string, current: URLSearchParams, fragment: string): string {
  const p = prefixOf(prefix);
  const kept: string[] = [];
  for (const [key, value] of current) {
    if (!key.startsWith(p)) kept.push(`${encodeComponent(key)}=${encodeComponent(value)}`);
  }
  if (fragment !== '') kept.push(fragment);
  return kept.join('&');
}

/** `learningRate` → `learning-rate`: HTML lowercases attribute names, so camelCase cannot survive. */
export function attributeName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
