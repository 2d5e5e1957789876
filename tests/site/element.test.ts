/** The custom element's pure parts: attributes read, tokens for a shadow root, its stylesheet. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFaces, remToHostUnits } from '../../scripts/vite/elementStyles';
import { policyCache, readAttributes } from '../../src/element/attributes';
import { hostTokens } from '../../src/element/hostTokens';
import { stateSpec } from '../../src/widgets/state/useWidgetState';
import { sampleSchema } from '../widgets/sampleSchema';

const spec = stateSpec('fit', sampleSchema);
const read = (attrs: Record<string, string>) => readAttributes('fit line', spec, new Map(Object.entries(attrs)));

describe('element attributes', () => {
  it('settings become the widget’s query, camelCase keys as kebab-case or lowercase attributes', () => {
    const s = read({ name: 'fit-line', m: '2', opt: 'adam', class: 'x', 'data-x': '1', 'aria-label': 'y' });
    expect(s.query).toBe('?fit.m=2&fit.opt=adam');
    expect(s.problems).toEqual([]);
    const camel = readAttributes('x', stateSpec('x', { perAxis: sampleSchema.n }), new Map([['per-axis', '7']]));
    expect(camel.query).toBe('?x.perAxis=7');
    expect(readAttributes('x', stateSpec('x', { perAxis: sampleSchema.n }), new Map([['peraxis', '8']])).query).toBe('?x.perAxis=8');
    // a bare boolean attribute (<descent-widget grid>) is passed on empty, which the codec reads as on
    expect(read({ grid: '' }).query).toBe('?fit.grid=');
  });

  it('the teacher’s options, and a sentence for each attribute that means nothing', () => {
    const s = read({ name: 'fit-line', caption: '  Try m = 2 ', hide: 'n', lock: 'm,opt', theme: 'dark', mm: '3' });
    expect(s).toMatchObject({ caption: 'Try m = 2', hide: 'n', lock: 'm,opt', theme: 'dark', query: '' });
    expect(s.problems).toEqual(['attribute “mm” is not a setting of the fit line (its settings: m, lr, n, opt, grid, pts, seed, ws, widths, expr)']);
    expect(read({ theme: 'blue' })).toMatchObject({ theme: 'auto', problems: ['attribute theme=“blue” must be light, dark or auto; using auto'] });
  });

  it('the same hide and lock give the same policy object', () => {
    const policy = policyCache();
    const a = policy('n', 'm');
    expect(policy('n', 'm')).toBe(a);
    expect(a).toEqual({ hidden: ['n'], locked: ['m'] });
    expect(policy('', '')).toEqual({ hidden: [], locked: [] });
  });
});

describe('element styles', () => {
  it('the book’s tokens, for the host element and its theme attribute', () => {
    // Vitest does not load CSS, so the real file is handed in (the build passes the same text).
    const css = hostTokens(readFileSync(new URL('../../src/site/styles/tokens.css', import.meta.url), 'utf8'));
    expect(css).toContain(':host {');
    expect(css).toContain(":host([theme='dark'])");
    expect(css).toContain(":host(:not([theme='light']))");
    expect(css).not.toContain(':root');
    // as the build hands it over: minified, quotes dropped
    expect(hostTokens(':root{--a:1}:root:not([data-theme=light]){--a:2}:root[data-theme=dark]{--a:3}')).toBe(
      ":host{--a:1}:host(:not([theme='light'])){--a:2}:host([theme='dark']){--a:3}",
    );
    expect(() => hostTokens(':root.dark { }')).not.toThrow();
    expect(() => hostTokens("html[data-theme='dark'] { }")).toThrow('hostTokens');
  });

  it('rem in declarations becomes the element’s own unit; width queries ask the element, in px', () => {
    expect(remToHostUnits('.a{margin:1.5rem 0 .5rem}@media (min-width:40rem){.b{padding:2rem}}')).toBe(
      '.a{margin:calc(1.5*var(--descent-rem)) 0 calc(.5*var(--descent-rem))}@container descent (min-width:640px){.b{padding:calc(2*var(--descent-rem))}}',
    );
    expect(remToHostUnits('@media (max-width: 720px) and (min-width:20rem) {.c{}}')).toBe('@container descent (max-width: 720px) and (min-width:320px){.c{}}');
    expect(remToHostUnits('@container (min-width: 38rem){.d{}}')).toBe('@container (min-width: 608px){.d{}}');
    // as the minifier writes them
    expect(remToHostUnits('@media (width<=34rem){.h{}}@container (width>=38rem){.i{}}')).toBe('@container descent (width<=544px){.h{}}@container (width>=608px){.i{}}');
    // not about width: left to the page
    expect(remToHostUnits('@media print{.e{}}@media (prefers-color-scheme:dark){.f{}}@media screen and (max-width:30rem){.g{}}')).toBe(
      '@media print{.e{}}@media (prefers-color-scheme:dark){.f{}}@media screen and (max-width:30rem){.g{}}',
    );
    expect(remToHostUnits('.lorem{x:1remx;margin:-.25rem 0}')).toBe('.lorem{x:1remx;margin:calc(-.25*var(--descent-rem)) 0}');
  });

  it('copies the @font-face rules for the document', () => {
    expect(fontFaces('.a{}@font-face{font-family:K;src:url(./k.woff2)}.b{}@font-face {font-family:L}')).toEqual(['@font-face{font-family:K;src:url(./k.woff2)}', '@font-face {font-family:L}']);
  });
});
