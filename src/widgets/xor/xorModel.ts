/**
 * The XOR widget's small math, on the page's thread (microseconds): part 1's single neuron (its
 * output, loss and count of right points, its line's shaded half-planes and draggable handles)
 * and, for part 2, what a trained network's snapshot looks like (its decision region over the
 * plane, where the four points land in hidden space). The training itself is the worker's
 * xorTraining, whose forward pass this file reuses so both draw the same network.
 */
import type { Vec2 } from '../state/schema';
import { softplus, xorActivation, type XorActivation, xorForward, xorOffsets, xorParamCount, type XorTrainingInput, type XorTrainingOutput, XOR_X, XOR_Y } from '../../worker/tasks/xorTraining';
import { W_MAX, type XorState } from './xorSchema';

/** The four points with their labels, in the task's order: (0,0) 0, (0,1) 1, (1,0) 1, (1,1) 0. */
export const XOR_DATA: readonly { readonly x: Vec2; readonly y: 0 | 1 }[] = XOR_Y.map((y, i) => ({ x: [XOR_X[2 * i], XOR_X[2 * i + 1]] as const, y: y === 1 ? 1 : 0 }));

/** The input plane both plots show: the unit square with room around it for the line. */
export const INPUT_EXTENT: Vec2 = [-0.5, 1.5];
/** Steps every run takes, and the weight snapshots the scrubber moves through. */
export const XOR_STEPS = 2000;
export const XOR_SNAPSHOTS = 40;
/** Cells per side of the decision-region image. */
export const REGION_GRID = 64;

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A line w·x + b = 0 and the neuron σ(w·x + b) on it. */
export interface Neuron {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
}

export const neuronLogit = ({ w1, w2, b }: Neuron, [x1, x2]: Vec2): number => w1 * x1 + w2 * x2 + b;

/** The neuron's output p = σ(w·x + b): its probability of class 1. */
export const neuronOutput = (n: Neuron, x: Vec2): number => sigmoid(neuronLogit(n, x));

/** Mean cross-entropy −[y ln p + (1 − y) ln(1 − p)] on the four points, through the logit (no log of 0). */
export function neuronLoss(n: Neuron): number {
  return XOR_DATA.reduce((s, { x, y }) => s + softplus(neuronLogit(n, x)) - y * neuronLogit(n, x), 0) / XOR_DATA.length;
}

/** Which points the neuron gets right: class 1 where w·x + b > 0. */
export const neuronRight = (n: Neuron): boolean[] => XOR_DATA.map(({ x, y }) => (neuronLogit(n, x) > 0 ? 1 : 0) === y);

export const countRight = (right: readonly boolean[]): number => right.filter(Boolean).length;

/**
 * The most points any line gets right, by trying every way a line can split the four: for each
 * direction (every 0.5°), thresholds between and beyond the points' projections. It is 3: a
 * line that puts (0,0) and (1,1) on one side puts the segment between them there too, and that
 * segment crosses the one from (0,1) to (1,0).
 */
export function bestLineCount(): number {
  let best = 0;
  for (let k = 0; k < 720; k++) {
    const a = (k * Math.PI) / 360, w1 = Math.cos(a), w2 = Math.sin(a);
    const proj = XOR_DATA.map(({ x }) => w1 * x[0] + w2 * x[1]).sort((p, q) => p - q);
    const cuts = [proj[0] - 1, ...proj.slice(1).map((p, i) => (p + proj[i]) / 2), proj[3] + 1];
    for (const c of cuts) best = Math.max(best, countRight(neuronRight({ w1, w2, b: -c })));
  }
  return best;
}

/** The polygon of the box where w·x + b > 0 (side 1) or < 0 (side 0): the box clipped by the line. */
export function halfPlane(n: Neuron, side: 0 | 1, [lo, hi]: Vec2, [ylo, yhi]: Vec2 = [lo, hi]): Vec2[] {
  const box: Vec2[] = [[lo, ylo], [hi, ylo], [hi, yhi], [lo, yhi]];
  const s = (p: Vec2) => (side === 1 ? 1 : -1) * neuronLogit(n, p);
  const out: Vec2[] = [];
  box.forEach((p, i) => {
    const q = box[(i + 1) % box.length];
    const sp = s(p), sq = s(q);
    if (sp >= 0) out.push(p);
    if ((sp >= 0) !== (sq >= 0)) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  });
  return out;
}

/** Where the line crosses the box, as the segment's two ends, or null if it misses the box. */
export function visibleSegment(n: Neuron, extent: Vec2, yExtent: Vec2 = extent): [Vec2, Vec2] | null {
  const poly = halfPlane(n, 1, extent, yExtent);
  const onLine = poly.filter((p) => Math.abs(neuronLogit(n, p)) <= 1e-9 * (Math.abs(n.w1) + Math.abs(n.w2) + Math.abs(n.b)));
  if (onLine.length < 2) return null;
  return [onLine[0], onLine[onLine.length - 1]];
}

/**
 * Two points on the line to drag it by: a quarter and three quarters along the part inside the
 * box; if the line misses the box, either side of the point nearest the box's centre (drawn
 * pinned to the edge by DraggablePoint). Null when w = 0: there is no line.
 */
export function lineHandles(n: Neuron, extent: Vec2 = INPUT_EXTENT): [Vec2, Vec2] | null {
  const norm = Math.hypot(n.w1, n.w2);
  if (norm === 0) return null;
  const seg = visibleSegment(n, extent);
  const along = (p: Vec2, q: Vec2, t: number): Vec2 => [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
  if (seg) return [along(seg[0], seg[1], 0.25), along(seg[0], seg[1], 0.75)];
  const c = (extent[0] + extent[1]) / 2, d = neuronLogit(n, [c, c]) / norm;
  const foot: Vec2 = [c - (d * n.w1) / norm, c - (d * n.w2) / norm];
  const dir: Vec2 = [-n.w2 / norm, n.w1 / norm];
  return [[foot[0] - 0.5 * dir[0], foot[1] - 0.5 * dir[1]], [foot[0] + 0.5 * dir[0], foot[1] + 0.5 * dir[1]]];
}

/** True if both points lie on the line (to the state's six significant digits, and then some). */
export function handlesOnLine(n: Neuron, handles: readonly Vec2[]): boolean {
  const norm = Math.hypot(n.w1, n.w2);
  return norm > 0 && handles.every((p) => Math.abs(neuronLogit(n, p)) / norm < 1e-3);
}

/**
 * The line through P and Q, as a neuron facing the same way as `before` (its class-1 side turns
 * with the line, never flips) with the same steepness |w|, kept within the sliders' range.
 * Null if P and Q coincide.
 */
export function lineThrough(p: Vec2, q: Vec2, before: Neuron): Neuron | null {
  const dx = q[0] - p[0], dy = q[1] - p[1], len = Math.hypot(dx, dy);
  if (len < 1e-6) return null;
  let n1 = -dy / len, n2 = dx / len;
  if (n1 * before.w1 + n2 * before.w2 < 0) [n1, n2] = [-n1, -n2];
  const size = Math.min(Math.hypot(before.w1, before.w2) || 1, W_MAX);
  const w1 = size * n1, w2 = size * n2;
  return { w1, w2, b: -(w1 * p[0] + w2 * p[1]) };
}

/** The task's input for the widget's state. */
export const trainingInput = (s: Pick<XorState, 'hidden' | 'activation' | 'lr' | 'seed'>): XorTrainingInput => ({
  hidden: s.hidden, activation: s.activation, lr: s.lr, seed: s.seed, steps: XOR_STEPS, snapshots: XOR_SNAPSHOTS,
});

/** Snapshot k's weights (a view). */
export function snapshotWeights(run: XorTrainingOutput, k: number): Float64Array {
  const p = xorParamCount(run.hidden);
  return run.snapshotWeights.subarray(k * p, (k + 1) * p);
}

/** A snapshot of the network: its weights, width and activation. */
export interface Network {
  readonly w: ArrayLike<number>;
  readonly hidden: number;
  readonly activation: XorActivation;
}

/** The hidden values at x and the output probability. */
export function networkAt({ w, hidden, activation }: Network, [x1, x2]: Vec2): { h: Float64Array; p: number } {
  const h = new Float64Array(hidden);
  const z = xorForward(w, hidden, xorActivation(activation), x1, x2, h);
  return { h, p: sigmoid(z) };
}

/** P(class 1) over the input plane, row-major from the bottom-left cell's centre (the kit's heatmap layout). */
export function decisionGrid(net: Network, side = REGION_GRID, [lo, hi]: Vec2 = INPUT_EXTENT): Float64Array {
  const out = new Float64Array(side * side);
  const h = new Float64Array(net.hidden), f = xorActivation(net.activation);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const x1 = lo + ((hi - lo) * (c + 0.5)) / side, x2 = lo + ((hi - lo) * (r + 0.5)) / side;
      out[r * side + c] = sigmoid(xorForward(net.w, net.hidden, f, x1, x2, h));
    }
  }
  return out;
}

/**
 * Hidden space as a plane. With H = 2 it is the plane of the two hidden units, (h₁, h₂), and
 * the output unit is a neuron on it like part 1's. With H > 2 the picture is a projection that
 * keeps the output's decision exact: across, the signed distance from the output unit's plane
 * (w·h + b)/|w| (its line is the vertical at 0); up, h₁'s direction with its part along w taken
 * out. Both axes are the same for every snapshot's layout, so scrubbing moves points, not axes.
 */
export interface HiddenView {
  readonly kind: 'units' | 'projection';
  /** The four points' coordinates in the picture. */
  readonly points: readonly Vec2[];
  /** The output unit's line in the picture's coordinates (class 1 where positive). */
  readonly line: Neuron;
}

export function hiddenView(net: Network): HiddenView {
  const o = xorOffsets(net.hidden);
  const v = Array.from({ length: net.hidden }, (_, j) => net.w[o.W2 + j]), b2 = net.w[o.b2];
  const hs = XOR_DATA.map(({ x }) => networkAt(net, x).h);
  if (net.hidden === 2) return { kind: 'units', points: hs.map((h): Vec2 => [h[0], h[1]]), line: { w1: v[0], w2: v[1], b: b2 } };
  const norm = Math.hypot(...v);
  if (norm === 0) return { kind: 'projection', points: hs.map((h): Vec2 => [0, h[0]]), line: { w1: 0, w2: 0, b: b2 } };
  const u = v.map((x) => x / norm);
  // e = (1, 0, …) − u₁u, made unit: h₁'s axis without its part along the output's weights
  const e = u.map((x, j) => (j === 0 ? 1 : 0) - u[0] * x);
  const en = Math.hypot(...e) || 1;
  const dot = (a: ArrayLike<number>, c: readonly number[]) => c.reduce((s, x, j) => s + x * a[j], 0);
  return {
    kind: 'projection',
    points: hs.map((h): Vec2 => [(dot(h, v) + b2) / norm, dot(h, e) / en]),
    line: { w1: 1, w2: 0, b: 0 },
  };
}

/** The picture's domain for a whole run: the activation's range for H = 2, else every snapshot's points, padded. */
export function hiddenExtent(run: XorTrainingOutput): { x: Vec2; y: Vec2 } {
  if (run.hidden === 2) {
    const r: Vec2 = run.activation === 'tanh' ? [-1.15, 1.15] : [-0.15, 1.15];
    return { x: r, y: r };
  }
  let x0 = 0, x1 = 0, y0 = Infinity, y1 = -Infinity;
  for (let k = 0; k < run.snapshotSteps.length; k++) {
    for (const [a, c] of hiddenView({ w: snapshotWeights(run, k), hidden: run.hidden, activation: run.activation }).points) {
      if (!Number.isFinite(a) || !Number.isFinite(c)) continue;
      x0 = Math.min(x0, a); x1 = Math.max(x1, a); y0 = Math.min(y0, c); y1 = Math.max(y1, c);
    }
  }
  if (!(y0 <= y1)) [y0, y1] = [-1, 1];
  const pad = (lo: number, hi: number): Vec2 => {
    const m = Math.max(hi - lo, 0.2) * 0.1;
    return [lo - m, hi + m];
  };
  return { x: pad(Math.max(x0, -50), Math.min(x1, 50)), y: pad(y0, y1) };
}

/** The outputs p at the four points (for the sentences). */
export const outputsAt = (net: Network): number[] => XOR_DATA.map(({ x }) => networkAt(net, x).p);
