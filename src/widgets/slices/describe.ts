/**
 * What the slice widgets say about their pictures, written from the task's numbers (so the
 * words match the drawing for every seed): captions, readouts and screen-reader descriptions.
 */
import type { Vec2 } from '../../core';
import { plural, readableNumber } from '../kit/numberText';
import type { Basin, LossSliceOutput } from '../../worker/tasks/lossSlice';
import type { ClassifierLoss, ExampleScope, MlpCentre } from './setup';

/** Numbers for prose: 3 significant digits, a real minus sign, powers of ten below 10⁻³. */
export function num(v: number, digits = 3): string {
  return readableNumber(v, digits);
}

/** Two decimals, for coordinates on the axes (a = −0.64). */
export function coord(v: number): string {
  return (Math.abs(v) < 0.005 ? 0 : v).toFixed(2).replace('-', '−');
}

/** "[−0.55, −0.35], [0.75, 1.00] and [1.20, 1.30]" */
export function stretchList(stretches: readonly Vec2[]): string {
  const parts = stretches.map(([lo, hi]) => `[${coord(lo)}, ${coord(hi)}]`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}


/** The headline sentence under the linear classifier's line plot. */
export function classifierFinding(loss: ClassifierLoss, scope: ExampleScope, example: number, out: LossSliceOutput): string {
  const line = out.lines[0];
  if (loss === 'svm' && scope === 'one') {
    const k = out.kinks.length;
    if (k === 0) return `Example ${example}'s SVM loss is a single straight piece in this window: none of its hinges switches between a = −2 and 2.`;
    const where = Array.from(out.kinks, coord).join(' and ');
    return `Example ${example}'s SVM loss is piecewise linear: ${plural(k + 1, 'straight piece')} joined at ${plural(k, 'kink')} in view (a = ${where}). At each, one wrong class's margin crosses zero and its hinge switches on or off.`;
  }
  if (loss === 'svm') {
    return `The average over 100 examples has ${plural(out.kinks.length, 'kink')} in view (ticks along the bottom), each one a corner of one example's loss. So many small corners blend into a bowl: still convex, never bending down.`;
  }
  if (scope === 'one') {
    return `Example ${example}'s softmax loss is smooth: no kinks. It flattens towards 0 where the right class's score wins and grows almost linearly where it loses (${num(line.centreLoss)} at the centre).`;
  }
  return `The average softmax loss over 100 examples is a smooth bowl: convex, with no kinks (${num(line.centreLoss)} at the centre).`;
}

/** A basin other than the chosen centre's own valley (the one at a = b = 0). */
function otherBasins(basins: readonly Basin[]): Basin[] {
  return basins.filter((b) => Math.abs(b.a) > 1e-9 || Math.abs(b.b) > 1e-9);
}

/**
 * Second differences of the grid at its centre sample along a and along b (null when the grid
 * has no centre sample, or when either is too small to call: below 1e-6 × the grid's range).
 */
export function curvatureAtCentre(g: LossSliceOutput['grid']): { a: number; b: number } | null {
  if (g.nx % 2 === 0 || g.ny % 2 === 0) return null;
  const i = (g.nx - 1) / 2, j = (g.ny - 1) / 2, v = g.values, at = (ii: number, jj: number) => v[jj * g.nx + ii];
  const a = at(i - 1, j) - 2 * at(i, j) + at(i + 1, j);
  const b = at(i, j - 1) - 2 * at(i, j) + at(i, j + 1);
  const tol = 1e-6 * (g.max - g.min);
  if (!(Math.abs(a) > tol && Math.abs(b) > tol)) return null;
  return { a, b };
}

/** Where the network's slices are not convex, in words. */
export function mlpFinding(centre: MlpCentre, out: LossSliceOutput, window: number): string {
  const concave = out.lines[0].concave;
  const widest = window >= 2;
  const parts: string[] = [];
  if (concave.length === 0 && centre === 'trained') {
    parts.push(`Through the trained weights the 1-D slice is convex in this window (a from −${window} to ${window}): close up, a smooth loss looks like a bowl.${widest ? '' : ' Widen the window to see it stop being one.'}`);
  } else if (concave.length === 0) {
    parts.push(`Through the initial weights this 1-D slice happens to be convex (a from −${window} to ${window}); the plane shows more.`);
  } else if (centre === 'trained') {
    const where = concave.length <= 3 ? `on a ∈ ${stretchList(concave)}` : `on ${concave.length} stretches (shaded)`;
    parts.push(`Through the trained weights the slice is a valley at a = 0, but it bends downwards (concave, so not convex) ${where}.`);
    const dips = otherDips(out.lines[0].values, out.a);
    if (dips.length > 0) {
      const d = dips[0];
      parts.push(`Along the line there is a second valley, at a = ${coord(d.a)} (loss ${num(d.loss)}), behind a hump where the loss reaches ${num(d.hump)}: a convex function never dips twice.`);
    }
  } else {
    const total = concave.reduce((s, [lo, hi]) => s + hi - lo, 0);
    const most = total > window; // more than half of the window's width 2·window
    parts.push(`Through the initial weights the slice bends downwards on a ∈ ${stretchList(concave)}${most ? ': the starting point sits on a gentle hump, and the loss falls away on both sides' : ''}.`);
  }
  parts.push(basinSentence(out.basins));
  const bend = curvatureAtCentre(out.grid);
  if (bend && bend.a * bend.b < 0) {
    parts.push(`Around θ the plane is saddle-shaped: it curves ${bend.a > 0 ? 'up' : 'down'} along a and ${bend.b > 0 ? 'up' : 'down'} along b.`);
  }
  return parts.join(' ');
}

/** A local minimum of a 1-D slice away from a = 0, with the highest point between it and the centre. */
export interface Dip {
  readonly a: number;
  readonly loss: number;
  /** The highest loss between this dip and a = 0. */
  readonly hump: number;
}

/**
 * Local minima of the samples other than the centre's own valley: a sample lower than its left
 * neighbour and not higher than its right one, with a hump between it and the middle sample
 * rising more than 1 % of the curve's range above it. Lowest first.
 */
export function otherDips(values: ArrayLike<number>, [lo, hi]: Vec2): Dip[] {
  const n = values.length, mid = (n - 1) >> 1;
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  const out: Dip[] = [];
  for (let i = 1; i < n - 1; i++) {
    if (!(values[i] < values[i - 1] && values[i] <= values[i + 1])) continue;
    let hump = -Infinity;
    for (let k = Math.min(i, mid); k <= Math.max(i, mid); k++) hump = Math.max(hump, values[k]);
    if (!(hump - values[i] > 0.01 * (max - min))) continue; // the centre's own valley, or a ripple
    out.push({ a: lo + ((hi - lo) * i) / (n - 1), loss: values[i], hump });
  }
  return out.sort((p, q) => p.loss - q.loss);
}

/** The plane's valleys in a sentence: how many, and where the first one away from θ is. */
export function basinSentence(floors: readonly Basin[]): string {
  if (floors.length === 0) return 'No valley floor lies inside this window: the loss keeps falling past its edges.';
  const others = otherBasins(floors);
  const own = floors.length > others.length;
  if (others.length === 0) return 'The plane shows one basin in this window, around the centre.';
  const b = others[0];
  const where = `(a, b) = (${coord(b.a)}, ${coord(b.b)}) with loss ${num(b.loss)}`;
  const wall = Number.isFinite(b.depth) ? `, walled off by a ridge ${num(b.depth)} higher` : ', the lowest point in view';
  if (!own && floors.length === 1) return `The plane has one valley floor in view, away from θ: at ${where}${wall}.`;
  const first = own ? 'the centre\u2019s own valley' : `one at ${where}${wall}`;
  const rest = others.length - 1;
  const second = own ? `one at ${where}${wall}` : '';
  const more = rest > 0 ? `${rest} more` : '';
  const tail = [second, more].filter((t) => t !== '');
  return `The plane holds ${plural(floors.length, 'separate basin')}: ${first}${tail.length === 2 ? `, ${tail[0]}, and ${tail[1]}` : `, and ${tail[0]}`}.`;
}

/** Screen-reader text for a 1-D slice. */
export function lineDescription(a: Vec2, values: ArrayLike<number>, what: string): string {
  const n = values.length;
  if (n === 0) return 'Computing.';
  let lo = 0;
  for (let i = 1; i < n; i++) if (values[i] < values[lo]) lo = i;
  const at = (i: number) => a[0] + ((a[1] - a[0]) * i) / (n - 1);
  return `${what}: at a = ${coord(a[0])} the loss is ${num(values[0])}, at a = 0 it is ${num(values[(n - 1) >> 1])}, at a = ${coord(a[1])} it is ${num(values[n - 1])}; lowest ${num(values[lo])} at a = ${coord(at(lo))}.`;
}

/** Screen-reader text for a 2-D slice. */
export function gridDescription(out: LossSliceOutput): string {
  const g = out.grid;
  let lo = 0;
  for (let k = 1; k < g.values.length; k++) if (g.values[k] < g.values[lo]) lo = k;
  const i = lo % g.nx, j = (lo - i) / g.nx;
  const a = g.x[0] + ((g.x[1] - g.x[0]) * i) / (g.nx - 1), b = g.y[0] + ((g.y[1] - g.y[0]) * j) / (g.ny - 1);
  return `Heatmap of the loss over a from ${coord(g.x[0])} to ${coord(g.x[1])} and b from ${coord(g.y[0])} to ${coord(g.y[1])}: from ${num(g.min)} to ${num(g.max)}, lowest at (a, b) = (${coord(a)}, ${coord(b)}); ${plural(out.basins.length, 'basin')} in view.`;
}
