/**
 * A widget's state in React: typed by its schema, validated on every change, seeded from the
 * page's link after hydration, and turned into a share link on demand.
 *
 * Hydration: the server knows no query string worth trusting at build time (pages are
 * prerendered once for every reader), so the server render and the first client render both
 * use the defaults; an effect then reads `location.search` and applies this widget's keys,
 * with any repairs listed in `problems`. The URL is never rewritten while a reader drags
 * (history entries per pixel, and a jumping address bar): `shareUrl()` builds the link when
 * the reader asks for it.
 */
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { applyPatch } from './codec';
import { ControlPolicyContext, frozenKeys, policyProblems } from './controlPolicy';
import { WidgetPageContext } from './widgetPage';
import { fromQuery, hasQueryFor, mergeQuery, prefixOf, toQuery, withRenamedKeys } from './query';
import { type Patch, type Schema, type StateOf, defaultState } from './schema';

export interface WidgetState<S extends Schema> {
  /** The current state, always valid and canonical. */
  readonly state: StateOf<S>;
  /** Changes some fields; each value is checked and clamped like link text is. */
  set(patch: Patch<S> | ((state: StateOf<S>) => Patch<S>)): void;
  /** Back to the defaults; clears problems. */
  reset(): void;
  /** Sentences about rejected or adjusted values from the link or the last change. */
  readonly problems: readonly string[];
  /** Hides the problems (the reader has read them). */
  dismissProblems(): void;
  /** This page's URL with this widget's state in the query and `#id` as the anchor. */
  shareUrl(): string;
}

interface Box<S extends Schema> {
  state: StateOf<S>;
  problems: readonly string[];
}

const withoutKeys = <T extends object>(patch: T, keys: ReadonlySet<string>): Partial<T> =>
  keys.size === 0 ? patch : (Object.fromEntries(Object.entries(patch).filter(([k]) => !keys.has(k))) as Partial<T>);

const pickKeys = <T extends object>(state: T, keys: ReadonlySet<string>): Partial<T> =>
  Object.fromEntries(Object.entries(state).filter(([k]) => keys.has(k))) as Partial<T>;

const WIDGET_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * A widget's public interface: its id (anchor and URL prefix) and its schema (the keys a link,
 * an embed page or an element attribute may set). The widget's module exports it, so the
 * catalog (src/widgets/catalog.ts), the teachers' page and the interface test read the same
 * object the widget runs on.
 */
export interface StateSpec<S extends Schema> {
  readonly id: string;
  readonly schema: S;
  /** Keys renamed since links were published: old key → its field now. Links with the old
   *  key keep working (tests/site/publicInterface.test.ts fails on a rename without one). */
  readonly renamed: Readonly<Record<string, keyof S & string>>;
}

export const stateSpec = <S extends Schema>(id: string, schema: S, renamed: Readonly<Record<string, keyof S & string>> = {}): StateSpec<S> => {
  for (const [old, now] of Object.entries(renamed)) {
    if (Object.hasOwn(schema, old) || !Object.hasOwn(schema, now)) throw new Error(`stateSpec "${id}": renamed key "${old}" → "${now}" must name a gone key and a field`);
  }
  return { id, schema, renamed };
};

/**
 * `spec.id` is the widget's anchor on the page and its URL prefix (`id.field=value`); it must be
 * unique on the page. `spec` must be a module-level constant (its schema made by
 * `defineSchema`): it is read once per id, not watched.
 */
export function useWidgetState<S extends Schema>(spec: StateSpec<S>): WidgetState<S> {
  const { id, schema } = spec;
  if (!WIDGET_ID.test(id)) {
    throw new Error(`useWidgetState: id "${id}" must be a letter followed by letters, digits, - or _`);
  }
  const schemaRef = useRef(schema);
  const [box, setBox] = useState<Box<S>>(() => ({ state: defaultState(schema), problems: [] }));

  // The page's link, or an element's attributes (WidgetPageContext), which may change later:
  // then every setting is read again, an attribute taken away going back to its default.
  const page = useContext(WidgetPageContext);
  const given = page?.query ?? null;
  useEffect(() => {
    const prefix = prefixOf(id);
    const params = withRenamedKeys(prefix, spec.renamed, new URLSearchParams(given ?? window.location.search));
    if (given === null && !hasQueryFor(prefix, params)) return;
    const decoded = fromQuery(prefix, schemaRef.current, params);
    setBox({ state: decoded.state, problems: decoded.problems });
  }, [id, given]);

  // A teacher's hidden and locked keys (controlPolicy.ts): no change reaches them, and a key
  // the widget does not have is reported.
  const policy = useContext(ControlPolicyContext);
  const frozen = useMemo(() => frozenKeys(policy), [policy]);
  useEffect(() => {
    const unknown = policyProblems(schemaRef.current, policy);
    if (unknown.length > 0) setBox((prev) => ({ state: prev.state, problems: [...prev.problems, ...unknown] }));
  }, [policy]);

  // The updater is pure (validation has no side effects), so StrictMode's double call is safe.
  // Problems from a change replace older ones; a clean change leaves them for the reader.
  const set = useCallback(
    (patch: Patch<S> | ((state: StateOf<S>) => Patch<S>)) => {
      setBox((prev) => {
        const p = withoutKeys(typeof patch === 'function' ? patch(prev.state) : patch, frozen);
        const next = applyPatch(schemaRef.current, prev.state, p);
        return { state: next.state, problems: next.problems.length > 0 ? next.problems : prev.problems };
      });
    },
    [frozen],
  );

  // Back to the defaults, except what the teacher fixed.
  const reset = useCallback(
    () => setBox((prev) => ({ state: { ...defaultState(schemaRef.current), ...pickKeys(prev.state, frozen) }, problems: [] })),
    [frozen],
  );
  const dismissProblems = useCallback(() => setBox((prev) => ({ state: prev.state, problems: [] })), []);

  const { state } = box;
  const shareUrl = useCallback((): string => {
    const prefix = prefixOf(id);
    const fragment = toQuery(prefix, schemaRef.current, state);
    if (typeof window === 'undefined') return `?${fragment}#${id}`;
    const url = new URL(page?.url ?? window.location.href);
    const query = mergeQuery(prefix, url.searchParams, fragment);
    url.search = query === '' ? '' : `?${query}`;
    url.hash = id;
    return url.toString();
  }, [id, state, page]);

  return { state, set, reset, problems: box.problems, dismissProblems, shareUrl };
}
