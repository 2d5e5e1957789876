/**
 * How each optimizer is drawn, the same in the map, the loss plot, the legend and the toggles:
 * a fixed colour from colour-blind-safe palettes (Okabe and Ito's eight, then two of Paul Tol's
 * muted ones), and a dash pattern and end mark of its own, so colour is never the only cue. The
 * lines get a halo in the background colour, so they read on the light and the dark contours.
 * The chapter's other widgets draw an optimizer in the same colour and dash (adaptive, second order).
 */
import { type SymbolType, symbol, symbolAsterisk, symbolCircle, symbolCross, symbolDiamond, symbolDiamond2, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3';
import type { CanvasLine } from '../kit';
import type { RacerName } from './raceSchema';

export interface RacerStyle {
  readonly color: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  readonly dash: string | undefined;
  readonly symbol: SymbolType;
  /** A stroked mark (×, ✳) rather than a filled one. */
  readonly stroked: boolean;
  /** The mark in words, for the legend's text. */
  readonly mark: string;
}

const s = (color: string, dash: string | undefined, sym: SymbolType, mark: string, stroked = false): RacerStyle => ({ color, dash, symbol: sym, stroked, mark });

export const RACER_STYLES: { readonly [N in RacerName]: RacerStyle } = {
  sgd: s('#0072B2', undefined, symbolCircle, 'circle'),
  momentum: s('#E69F00', '9 4', symbolSquare, 'square'),
  nesterov: s('#56B4E9', '2 3', symbolTriangle, 'triangle'),
  adagrad: s('#009E73', '9 3 2 3', symbolDiamond, 'diamond'),
  rmsprop: s('#CC79A7', '14 4', symbolCross, 'plus'),
  adadelta: s('#999933', '4 3', symbolWye, 'Y'),
  adam: s('#D55E00', undefined, symbolStar, 'star'),
  adamw: s('#882255', '9 3 2 3 2 3', symbolSquare, 'square'),
  // Not a ×: the maps mark a surface's minima with ×.
  newton: s('#332288', '1 2', symbolDiamond2, 'open diamond', true),
  lbfgs: s('#44AA99', '6 2', symbolAsterisk, 'asterisk', true),
};

const markPaths = new Map<string, string>();

/** The end mark's path, centred on (0, 0), of about `size` px² (made once per name and size: every mark redraws with the timeline). */
export function racerMarkPath(name: RacerName, size = 64): string {
  const key = `${name} ${size}`;
  let d = markPaths.get(key);
  if (d === undefined) {
    d = symbol(RACER_STYLES[name].symbol, size).digits(2)() ?? '';
    markPaths.set(key, d);
  }
  return d;
}

/** Each racer's line for a LinesCanvas, in its colour and dash: `xy[i]` belongs to `names[i]`. */
export function racerLines(names: readonly RacerName[], xy: readonly ArrayLike<number>[]): CanvasLine[] {
  return names.map((n, i) => ({ xy: xy[i], color: RACER_STYLES[n].color, dash: RACER_STYLES[n].dash }));
}
