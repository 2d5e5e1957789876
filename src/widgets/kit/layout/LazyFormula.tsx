/**
 * A formula typeset by KaTeX in the browser, without putting KaTeX's JavaScript in the page's
 * bundle: Formula.tsx (and KaTeX with it) is loaded by a dynamic import when the first
 * LazyFormula mounts, into a chunk of its own. The server render and the first client render
 * show `fallback` (plain text), so hydration matches; the typeset formula replaces it a moment
 * later. Use for formulas that change with a widget's state; chapters typeset theirs at build
 * time. The TeX must be a string constant from code (see Formula.tsx's safety note).
 */
import { type ReactNode, useEffect, useState } from 'react';
import styles from './Formula.module.css';
import { ScrollBox } from './ScrollBox';
import { TypesetHtml } from './TypesetHtml';

export interface LazyFormulaProps {
  /** TeX source: a string constant from code. */
  tex: string;
  /** Display (block) rather than inline math. */
  display?: boolean;
  /** Shown until KaTeX has loaded (and if it fails to): e.g. the formula in words. */
  fallback?: ReactNode;
}

type Render = (tex: string, display?: boolean) => string;

let loading: Promise<Render> | null = null;

/** Loads Formula's renderTex once per page. */
function loadRenderer(): Promise<Render> {
  loading ??= import('./Formula').then((m) => m.renderTex);
  return loading;
}

export function LazyFormula({ tex, display = false, fallback = null }: LazyFormulaProps) {
  const [html, setHtml] = useState<{ tex: string; display: boolean; html: string } | null>(null);

  useEffect(() => {
    let live = true;
    loadRenderer()
      .then((render) => {
        if (live) setHtml({ tex, display, html: render(tex, display) });
      })
      .catch(() => {
        loading = null; // try again next time; the fallback stays
      });
    return () => {
      live = false;
    };
  }, [tex, display]);

  // Until the new formula is typeset, the previous one stays (no flash of the fallback while a
  // slider moves).
  if (!display) return html ? <TypesetHtml inline className={styles.inline} html={html.html} /> : <span className={styles.inline}>{fallback}</span>;
  return (
    <ScrollBox label="Formula">{html ? <TypesetHtml className={styles.display} html={html.html} /> : <div className={styles.display}>{fallback}</div>}</ScrollBox>
  );
}
