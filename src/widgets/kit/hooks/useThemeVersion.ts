/**
 * Canvas drawings need real colours, not `var(--dw-fg, …)`: this hook resolves CSS colour
 * strings (the kit's theme colours included) against an element, and changes its value when the
 * page's theme changes (the site's toggle sets <html data-theme>; the OS setting flips
 * prefers-color-scheme), so a canvas can redraw in the new colours.
 */
import { useEffect, useMemo, useState } from 'react';

/** A counter that goes up whenever the page's colour theme may have changed. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener?.('change', bump);
    const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(bump);
    observer?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    return () => {
      media?.removeEventListener?.('change', bump);
      observer?.disconnect();
    };
  }, []);
  return version;
}

/**
 * A function CSS colour → computed `rgb(…)` text, read through `probe` (any element inside the
 * widget, where the --dw-* variables are defined). Results are cached until the theme changes.
 * Falls back to the input where nothing can be computed (no DOM).
 */
export function useColorResolver(probe: { current: HTMLElement | null }): (css: string) => string {
  const version = useThemeVersion();
  // `version` is a dependency on purpose: a theme change starts a fresh cache.
  return useMemo(() => makeResolver(probe, version), [probe, version]);
}

function makeResolver(probe: { current: HTMLElement | null }, _version: number): (css: string) => string {
  const cache = new Map<string, string>();
  return (css) => {
    const hit = cache.get(css);
    if (hit !== undefined) return hit;
    const el = probe.current;
    if (!el || typeof getComputedStyle !== 'function') return css;
    el.style.color = '';
    el.style.color = css;
    const resolved = getComputedStyle(el).color || css;
    cache.set(css, resolved);
    return resolved;
  };
}
