/**
 * The custom element a teacher pastes into a page that runs scripts: the module that defines
 * <descent-widget> (src/element), then the element with the widget's settings as attributes
 * (`kappa="10"`, `per-axis="5"` for perAxis), which it reads as a link's query is read.
 */
import { escapeAttribute } from './iframeHtml';
import { attributeName } from './query';

/** The element's module, from the site's root. */
export const ELEMENT_SCRIPT_PATH = '/embed/descent.js';

export function elementHtml({ script, name, settings }: { script: string; name: string; settings: readonly (readonly [string, string])[] }): string {
  const attributes = settings.map(([key, value]) => ` ${attributeName(key)}="${escapeAttribute(value)}"`).join('');
  return `<script type="module" src="${escapeAttribute(script)}"></script>\n<descent-widget name="${escapeAttribute(name)}"${attributes}></descent-widget>`;
}

/** A widget's own settings in its share link (`?race.kappa=10#race`): its id is the fragment. */
export function settingsOfLink(link: string): [string, string][] {
  const url = new URL(link, 'http://localhost');
  const prefix = `${decodeURIComponent(url.hash.slice(1))}.`;
  return [...url.searchParams].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]);
}
