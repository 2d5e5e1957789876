/** Numbers and sentences of the gradient-cost widget. */
import type { GradientCost } from './costModel';
import { secondsAt } from './costModel';

/** Multiply-adds a second assumed for the time column: about one core of a laptop. */
export const RATE = 1e9;
export const RATE_TEXT = 'a billion multiply-adds a second';

export const countText = (n: number): string => Math.round(n).toLocaleString('en-US');

/** "2.3 ms", "0.28 s", "3.1 h". */
export function durationText(seconds: number): string {
  const units: [number, string][] = [[3600, 'h'], [60, 'min'], [1, 's'], [1e-3, 'ms'], [1e-6, 'µs'], [1e-9, 'ns']];
  const [scale, unit] = units.find(([s]) => seconds >= s) ?? units[units.length - 1];
  return `${Number((seconds / scale).toPrecision(2)).toLocaleString('en-US')} ${unit}`;
}

export const ratioText = (c: GradientCost): string => countText(c.ratio);

export function costSentence(c: GradientCost): string {
  return `${countText(c.parameters)} parameters. One gradient by backpropagation: ${countText(c.backprop)} multiply-adds, about ${(c.backprop / c.forward).toFixed(1)} forward passes. By central differences: ${countText(c.numerical)}, ${ratioText(c)} times as many.`;
}

export const timeText = (macs: number): string => durationText(secondsAt(macs, RATE));
