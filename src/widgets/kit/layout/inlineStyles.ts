/**
 * A page whose Content-Security-Policy allows no inline styles (`style-src 'self'`) makes the
 * browser ignore every style="" attribute it parses: the prerendered pages' (React writes
 * style props as attributes) and KaTeX's markup, whose heights and positions make a formula.
 * Declarations set through the CSSOM are allowed, and a blocked attribute stays readable, so
 * each can be applied again. Where inline styles apply, one check and nothing more.
 */

/** Applies `root`'s blocked style attributes through the CSSOM; returns how many it applied. */
export function restoreInlineStyles(root: ParentNode): number {
  let applied = 0;
  for (const el of root.querySelectorAll<HTMLElement | SVGElement>('[style]')) {
    const text = el.getAttribute('style') ?? '';
    if (text.trim() === '') continue;
    if (el.style.length > 0) {
      // The first tells for all (a policy blocks every style attribute or none): nothing to do.
      if (applied === 0) return 0;
      continue;
    }
    el.style.cssText = text;
    applied++;
  }
  return applied;
}
