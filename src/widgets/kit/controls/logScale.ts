/**
 * Log-scale sliders: the native range input moves through integer positions 0 … N, and a
 * position p stands for min·(max/min)^(p/N). Values are rounded to just enough significant
 * digits that every position reads back as itself (position → value → position is the
 * identity), and both ends are exact (p = 0 is min, p = N is max, not 9.9999999).
 */
import { roundSignificant } from '../../state/numbers';

/** Positions on a log slider: fine enough for arrow keys to move ~1% over 5 decades. */
export const LOG_POSITIONS = 1000;

export interface LogRange {
  min: number;
  max: number;
  positions?: number;
}

/** Significant digits that keep rounding well under half a position apart. */
function digitsFor(min: number, max: number, positions: number): number {
  const spacing = Math.log(max / min) / positions; // relative gap between neighbouring values
  return Math.min(15, Math.max(3, Math.ceil(1 - Math.log10(spacing / 2))));
}

export function logPositionToValue(position: number, { min, max, positions = LOG_POSITIONS }: LogRange): number {
  if (position <= 0) return min;
  if (position >= positions) return max;
  const v = Math.exp(Math.log(min) + (position / positions) * Math.log(max / min));
  return roundSignificant(v, digitsFor(min, max, positions));
}

export function logValueToPosition(value: number, { min, max, positions = LOG_POSITIONS }: LogRange): number {
  if (!(value > min)) return 0;
  if (value >= max) return positions;
  return Math.min(positions, Math.max(0, Math.round((positions * Math.log(value / min)) / Math.log(max / min))));
}
