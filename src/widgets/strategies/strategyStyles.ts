/**
 * How each strategy is drawn, so a reader who cannot tell the colours apart still can: each
 * has its own dash pattern and its own end mark (circle, square, triangle), repeated in the
 * legend and the table. Colours come from the theme, so dark mode follows.
 */
import { type SymbolType, symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3';
import { color } from '../kit';
import type { StrategyKey } from './raceText';

export interface StrategyStyle {
  readonly color: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  readonly dash: string | undefined;
  readonly width: number;
  readonly symbol: SymbolType;
}

export const STRATEGY_STYLES: Readonly<Record<StrategyKey, StrategyStyle>> = Object.freeze({
  random: { color: color.muted, dash: '1.5 4', width: 2.25, symbol: symbolCircle },
  local: { color: color.accent2, dash: '7 4', width: 2, symbol: symbolSquare },
  gradient: { color: color.accent, dash: undefined, width: 2.5, symbol: symbolTriangle },
});

/** The end mark's path, centred on (0, 0), of about `size` px². */
export function markPath(key: StrategyKey, size = 64): string {
  return symbol(STRATEGY_STYLES[key].symbol, size).digits(2)() ?? '';
}
