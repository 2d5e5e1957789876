// The custom element's build (vite build --mode element) writes one stylesheet, descent.css,
// which the element links inside each shadow root. Two things differ from the book's pages:
// - A shadow root ignores @font-face, so the sheet's @font-face rules are copied into
//   descent-fonts.css, beside it (the same relative font URLs), which the element links once in
//   the page's head (src/element).
// - `rem` is the host page's root font size, which a course page may set to anything; inside
//   the element every rem becomes a multiple of --descent-rem (16px, set on the element), so
//   a widget is the same size as in the book. Conditions cannot hold var(), so a container
//   query's rem becomes px at the same 16.
// - A widget's width queries (@media (max-width: …)) ask about the book's viewport, which is
//   about the widget's width; in a course page the element's own width is what matters, so they
//   become queries on the element (the container named descent, src/element/element.css).
import type { Plugin } from 'vite';

/** The @font-face blocks of a stylesheet, in order (they hold no nested braces). */
export const fontFaces = (css: string): string[] => css.match(/@font-face\s*\{[^}]*\}/g) ?? [];

/** The element's rem, in px (element.css sets --descent-rem to it). */
export const ELEMENT_REM_PX = 16;

const REM = /(?<![\w.])(-?\d*\.?\d+)rem\b/g;

/** One width condition: `(max-width: 34rem)`, or in range syntax, as the minifier writes it: `(width<=34rem)`. */
const WIDTH = String.raw`\((?:(?:min-|max-)?width\s*:|width\s*[<>]=?|[\d.]+(?:px|rem|em)\s*[<>]=?\s*width)[^)]*\)`;
/** A prelude made only of width conditions, e.g. `@media (max-width: 34rem) {`. */
const WIDTH_MEDIA = new RegExp(String.raw`^@media\s*(${WIDTH}(?:\s*and\s*${WIDTH})*)\s*\{$`);

/** One at-rule prelude, for inside the element: width media → container queries, rem → px. */
function elementPrelude(prelude: string): string {
  const width = WIDTH_MEDIA.exec(prelude);
  const rule = width ? `@container descent ${width[1]}{` : prelude;
  if (!rule.startsWith('@container')) return rule;
  return rule.replace(REM, (_, n: string) => `${Number(n) * ELEMENT_REM_PX}px`);
}

/**
 * `1.5rem` → `calc(1.5*var(--descent-rem))` in declarations; in preludes, width media queries
 * become queries on the element and a container condition's rem becomes px.
 */
export function remToHostUnits(css: string): string {
  return css
    .split(/(@(?:media|container|supports)[^{]*\{)/)
    .map((part, i) => (i % 2 === 1 ? elementPrelude(part) : part.replace(REM, 'calc($1*var(--descent-rem))')))
    .join('');
}

export function elementStyles(): Plugin {
  return {
    name: 'descent-element-styles',
    enforce: 'post', // after Vite's CSS plugin has added descent.css to the bundle
    apply: (_, env) => env.mode === 'element',
    generateBundle(_, bundle) {
      const sheet = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName === 'descent.css');
      if (!sheet || sheet.type !== 'asset') throw new Error(`element build: no descent.css among ${Object.keys(bundle).join(', ')}`);
      const css = String(sheet.source);
      const faces = fontFaces(css);
      if (faces.length === 0) throw new Error('element build: descent.css declares no fonts');
      sheet.source = remToHostUnits(css);
      this.emitFile({ type: 'asset', fileName: 'descent-fonts.css', source: `${faces.join('\n')}\n` });
    },
  };
}
