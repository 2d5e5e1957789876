/**
 * A <descent-widget> element's attributes, read: the widget's settings (its schema's keys, as
 * attributes: `kappa="10"`, `per-axis="5"` for perAxis) become the query its widget decodes, so
 * an attribute is checked and repaired exactly as a link is; the teacher's options (caption,
 * hide, lock, theme) as on an embed page; and a sentence for each attribute that means nothing.
 */
import { type ControlPolicy, NO_POLICY, parseKeyList } from '../widgets/state/controlPolicy';
import { attributeName } from '../widgets/state/query';
import type { Schema } from '../widgets/state/schema';
import type { StateSpec } from '../widgets/state/useWidgetState';

export type ElementTheme = 'light' | 'dark' | 'auto';

export interface ElementSettings {
  /** The settings as a query for the widget: "?race.kappa=10". */
  readonly query: string;
  /** Hide and lock, as given (their keys are checked by the widget itself). */
  readonly hide: string;
  readonly lock: string;
  readonly caption: string | null;
  readonly theme: ElementTheme;
  /** One sentence per attribute that is not understood. */
  readonly problems: readonly string[];
}

/** The element's own options; every other attribute must be a setting or plain HTML. */
export const OPTIONS = ['name', 'caption', 'hide', 'lock', 'theme'] as const;
const HTML = new Set(['id', 'class', 'style', 'title', 'lang', 'dir', 'hidden', 'tabindex', 'slot', 'part', 'role', 'nonce']);
const isHtml = (name: string): boolean => HTML.has(name) || name.startsWith('aria-') || name.startsWith('data-');

export const CAPTION_LIMIT = 300;

/** `attributes`: name → value, as the element has them (names are lowercase in HTML). */
export function readAttributes(label: string, spec: StateSpec<Schema>, attributes: ReadonlyMap<string, string>): ElementSettings {
  const query = new URLSearchParams();
  const used = new Set<string>(OPTIONS);
  for (const key of Object.keys(spec.schema)) {
    const name = [attributeName(key), key.toLowerCase()].find((n) => attributes.has(n));
    if (name === undefined) continue;
    used.add(name);
    query.append(`${spec.id}.${key}`, attributes.get(name) ?? '');
  }
  const problems: string[] = [];
  const settings = Object.keys(spec.schema).map(attributeName);
  for (const name of attributes.keys()) {
    if (!used.has(name) && !isHtml(name)) problems.push(`attribute “${name}” is not a setting of the ${label} (its settings: ${settings.join(', ')})`);
  }
  const themeText = attributes.get('theme') ?? 'auto';
  const theme: ElementTheme = themeText === 'light' || themeText === 'dark' ? themeText : 'auto';
  if (themeText !== theme) problems.push(`attribute theme=“${themeText}” must be light, dark or auto; using auto`);
  const caption = (attributes.get('caption') ?? '').trim().slice(0, CAPTION_LIMIT);
  const text = query.toString();
  return { query: text === '' ? '' : `?${text}`, hide: attributes.get('hide') ?? '', lock: attributes.get('lock') ?? '', caption: caption === '' ? null : caption, theme, problems };
}

/** The same policy object for the same texts, so the widget sees a change only when there is one. */
export function policyCache(): (hide: string, lock: string) => ControlPolicy {
  let last: { hide: string; lock: string; policy: ControlPolicy } | null = null;
  return (hide, lock) => {
    if (last && last.hide === hide && last.lock === lock) return last.policy;
    const hidden = parseKeyList(hide), locked = parseKeyList(lock);
    last = { hide, lock, policy: hidden.length + locked.length === 0 ? NO_POLICY : { hidden, locked } };
    return last.policy;
  };
}
