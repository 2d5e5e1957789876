/**
 * The book's colour tokens for a shadow root: tokens.css is written for the page (`:root`, the
 * theme in <html data-theme>); inside a <descent-widget> the same variables belong to the host
 * element and the theme is its `theme` attribute. One source, so the element and the book
 * never drift apart.
 */
import tokens from '../site/styles/tokens.css?inline';

export function hostTokens(css: string = tokens): string {
  const out = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    // the build minifies the stylesheet, which drops the quotes
    .replace(/:root:not\(\[data-theme=['"]?light['"]?\]\)/g, ":host(:not([theme='light']))")
    .replace(/:root\[data-theme=['"]?dark['"]?\]/g, ":host([theme='dark'])")
    .replaceAll(':root', ':host');
  if (out.includes(':root') || out.includes('data-theme')) throw new Error('hostTokens: tokens.css has a selector this does not translate');
  return out;
}
