/**
 * What "Descending in the dark" says in words: where the climber is and which way is down,
 * why a gradient step lost it, that descent has come to rest, and, once the map is revealed,
 * which valley the climber is in and whether it is the lowest. Pure, so the tests read the
 * same sentences the reader does.
 */
import type { Vec2 } from '../state';
import type { Basin } from './basin';
import type { Landscape } from './landscapes';
import { formatFixed, formatNumber } from './numberText';
import { compassOf, DIRECTION_NAMES, type Walk } from './walk';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const count = (k: number) => NUMBER_WORDS[k] ?? String(k);

/** "(−2.50, 1.20)". */
export function pointText([x, y]: Vec2): string {
  return `(${formatFixed(x)}, ${formatFixed(y)})`;
}

/** An altitude to 4 significant digits: "179.3", "0.0003092", "−1.032"; rounding noise below 10⁻⁹ is 0. */
export function altitudeText(f: number): string {
  return formatNumber(Math.abs(f) < 1e-9 ? 0 : f, 4);
}

/**
 * The slope |∇f| at p and the compass direction straight downhill (along −∇f); no direction
 * where the slope is at most `flat` (the ground is level for all a walker can tell).
 */
export function slopeAt(land: Landscape, [x, y]: Vec2, flat = 0): { slope: number; downhill: string | null } {
  const [gx, gy] = land.surface.gradient(x, y);
  const slope = Math.hypot(gx, gy);
  const d = slope > flat ? compassOf(-gx, -gy) : null;
  return { slope, downhill: d ? DIRECTION_NAMES[d] : null };
}

/** A slope this small counts as level: 10⁻³ of the map's relief per map width. */
export function flatSlope(land: Landscape, lowest: number, highest: number): number {
  const span = Math.max(land.x[1] - land.x[0], land.y[1] - land.y[0]);
  return (1e-3 * (highest - lowest)) / span;
}

export type Tone = 'danger' | 'note' | 'calm';

export interface WalkMessage {
  readonly tone: Tone;
  readonly text: string;
}

/** What to say about the walk's state, or null when there is nothing to say. */
export function walkMessage(walk: Walk, land: Landscape, lastDirection: string | null, revealed = false): WalkMessage | null {
  const lost = walk.lost;
  if (walk.status === 'lost' && lost) {
    if (lost.reason === 'overflow') {
      return {
        tone: 'danger',
        text: `Gradient step ${lost.step} overflowed: from ${pointText(lost.from)}, where the slope is ${formatNumber(lost.slope)}, the numbers became infinite. The learning rate is far too large here; lower α and press Reset.`,
      };
    }
    return {
      tone: 'danger',
      text: `Gradient step ${lost.step} threw the climber off the map. At ${pointText(lost.from)} the slope is ${formatNumber(lost.slope)}, so the step α·|∇f| was ${formatNumber(lost.length)} long and landed at ${pointText(lost.to)}, where the altitude is ${formatNumber(lost.f)}. Lower α and press Reset.`,
    };
  }
  if (walk.status === 'full') return { tone: 'note', text: `That makes ${walk.points.length - 1} steps, the most this walk keeps. Press Reset to walk again.` };
  if (walk.status === 'resting') {
    const here = walk.points[walk.points.length - 1];
    const { slope } = slopeAt(land, [here.x, here.y]);
    return {
      tone: 'calm',
      text: `Gradient descent has come to rest after step ${walk.points.length - 1}: the slope here is only ${formatNumber(slope)}, so each step barely moves. This is the bottom of a valley (or a flat pass).${revealed ? '' : ' Reveal the map to see which.'}`,
    };
  }
  if (walk.atEdge) return { tone: 'note', text: `The map ends here${lastDirection ? `: no further ${lastDirection}` : ''}.` };
  return null;
}

/** Which valley the climber is in, said once the map is revealed. */
export function revealText(basin: Basin | null, land: Landscape, lost: boolean, lampRadius: number): string {
  if (lost) return 'The climber left the map, so it stands in no valley at all. Press Reset to try again.';
  if (!basin) return 'From here the ground is too flat to say which valley it drains into.';
  const where = pointText(basin.point);
  const at = basin.distance < 0.1 * lampRadius;
  if (basin.kind === 'maximum') return `The climber stands on top of a hill at ${where}: every direction is downhill.`;
  if (basin.kind === 'saddle') return `The climber is balanced on a pass at ${where}: which valley it ends in depends on which way it steps off.`;
  const minima = land.surface.minima;
  const lowest = land.surface.value(minima[0][0], minima[0][1]);
  const opening = at
    ? `The climber is at the bottom of the valley at ${where}, altitude ${altitudeText(basin.f)}`
    : `Downhill from the climber lies the valley floor at ${where}, altitude ${altitudeText(basin.f)}`;
  if (basin.global) {
    return minima.length > 1
      ? `${opening}: one of the ${count(minima.length)} lowest points of this map.`
      : `${opening}: the lowest point of this map.`;
  }
  const others = minima.map((m) => pointText(m)).join(' and ');
  return `${opening}. It is not the lowest: the lowest point${minima.length > 1 ? 's' : ''}, altitude ${altitudeText(lowest)}, ${minima.length > 1 ? 'are' : 'is'} at ${others}. Walking downhill from here can never reach ${minima.length > 1 ? 'them' : 'it'}.`;
}
