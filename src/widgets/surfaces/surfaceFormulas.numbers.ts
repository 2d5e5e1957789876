/**
 * Every surface's formula, typeset at build time (the client build ships only the HTML: see
 * scripts/vite/precomputedNumbers.ts), so the explorer never fetches KaTeX's JavaScript. The
 * quadratic's matrix depends on two sliders; its formula is written with κ and θ, whose values
 * the widget prints beside it.
 */
import katex from 'katex';
import { createSurface, SURFACE_NAMES, type SurfaceName } from '../../core';
import { KATEX_OPTIONS } from '../kit/layout/texOptions';

export const QUADRATIC_TEX = String.raw`f(\mathbf p) = \tfrac12\, \mathbf p^\top A\, \mathbf p,\quad A = R_\theta \operatorname{diag}(1, \kappa)\, R_\theta^\top`;

const texOf = (name: SurfaceName): string => (name === 'quadratic' ? QUADRATIC_TEX : createSurface(name).formula);

/** KaTeX's HTML of each surface's formula, by surface name (only a validated name indexes it:
 *  the explorer's state schema repairs any other `explorer.surface` from a link). */
export const SURFACE_FORMULAS = Object.fromEntries(
  (SURFACE_NAMES as readonly SurfaceName[]).map((name) => [name, katex.renderToString(texOf(name), { ...KATEX_OPTIONS, displayMode: true })]),
) as Readonly<Record<SurfaceName, string>>;
