/**
 * Points the reader adds to the training data. A classification point carries a class, a
 * regression point a target (the value the network should output there, chosen before the
 * click). They live in the state, so a link carries them: classification points as one `points`
 * field per class (drawn1 … drawn4), regression points as (x, y, target) triples in `drawnT`.
 * Coordinates and targets are rounded to 0.01 so the link gives back exactly the point drawn.
 * Points of a class the current data set does not have (class 3 on circles) stay in the state
 * but are not trained on; so do regression points while the data set is a classification one.
 */
import type { PlaygroundData } from '../../worker/tasks/playgroundData';
import { PLAYGROUND_EXTENT } from '../../worker/tasks/playgroundData';
import type { PlaygroundPoints } from '../../worker/tasks/playgroundTrain';
import type { Vec2 } from '../state/schema';

export const DRAWN_KEYS = ['drawn1', 'drawn2', 'drawn3', 'drawn4'] as const;
export type DrawnKey = (typeof DRAWN_KEYS)[number];
/** Per class: 40 points make a shape; more would make a long link. */
export const MAX_DRAWN_PER_CLASS = 40;
/** A click this close (in input units) to a drawn point removes it instead of adding one. */
export const HIT_RADIUS = 0.08;
/** Longest CSV text read: 160 lines of "x1,x2,label" with room for spaces and a header. */
export const MAX_CSV_CHARS = 8_000;

export interface LabelledPoint {
  readonly x: number;
  readonly y: number;
  /** 0-based class, or the target of a regression point. */
  readonly label: number;
}

/** Regression targets a drawn point can have (the data sets' targets are in about [−1, 1]). */
export const TARGET_RANGE: readonly [number, number] = [-1, 1];

export type DrawnState = Readonly<Record<DrawnKey, readonly Vec2[]>>;

const round = (v: number): number => Math.round(v * 100) / 100;
const clamp = (v: number): number => Math.min(PLAYGROUND_EXTENT[1], Math.max(PLAYGROUND_EXTENT[0], v));

/** The drawn points, class by class, in the order drawn within a class. */
export function drawnOf(s: DrawnState): LabelledPoint[] {
  return DRAWN_KEYS.flatMap((k, label) => s[k].map(([x, y]) => ({ x, y, label })));
}

/** The state patch holding `points` (every class's field, so removed classes empty). */
export function drawnPatch(points: readonly LabelledPoint[]): Record<DrawnKey, Vec2[]> {
  const out = { drawn1: [] as Vec2[], drawn2: [] as Vec2[], drawn3: [] as Vec2[], drawn4: [] as Vec2[] };
  for (const p of points) out[DRAWN_KEYS[p.label]].push([p.x, p.y]);
  return out;
}

/** The drawn regression points, from the (x, y, target) triples of `drawnT`. */
export function targetsOf(values: readonly number[]): LabelledPoint[] {
  const out: LabelledPoint[] = [];
  for (let i = 0; i + 2 < values.length; i += 3) out.push({ x: values[i], y: values[i + 1], label: values[i + 2] });
  return out;
}

/** The state patch holding regression `points`. */
export const targetsPatch = (points: readonly LabelledPoint[]): { drawnT: number[] } => ({ drawnT: points.flatMap((p) => [p.x, p.y, p.label]) });

/** The drawn point nearest (x, y) within `radius`, or −1. */
export function nearestDrawn(points: readonly LabelledPoint[], x: number, y: number, radius = Infinity): number {
  let best = -1, bestD = radius * radius;
  points.forEach((p, i) => {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

/** Adds a point of class `label`, or with target `label` (regression), rounded and inside the box; or says why not. */
export function addDrawn(points: readonly LabelledPoint[], x: number, y: number, label: number, regression = false): { points: LabelledPoint[]; problem: string | null } {
  if (regression) {
    if (points.length >= MAX_DRAWN_PER_CLASS) return { points: [...points], problem: `There are already ${MAX_DRAWN_PER_CLASS} drawn points, the most a link can carry; remove one first.` };
    const t = round(Math.min(TARGET_RANGE[1], Math.max(TARGET_RANGE[0], label)));
    return { points: [...points, { x: round(clamp(x)), y: round(clamp(y)), label: t }], problem: null };
  }
  if (points.filter((p) => p.label === label).length >= MAX_DRAWN_PER_CLASS) return { points: [...points], problem: `Class ${label + 1} already has ${MAX_DRAWN_PER_CLASS} drawn points, the most a link can carry; remove one first.` };
  return { points: [...points, { x: round(clamp(x)), y: round(clamp(y)), label }], problem: null };
}

/** The training points with the drawn ones added (the test points unchanged): `drawn` is the
 *  data's kind of points, regression points (targetsOf) on regression data; on classification
 *  data, those of its classes are used. */
export function withDrawn(data: PlaygroundData, drawn: readonly LabelledPoint[]): PlaygroundPoints {
  const used = data.regression ? drawn : drawn.filter((p) => p.label < data.classes);
  const n = data.train.n, trainX = new Float64Array(2 * (n + used.length)), trainY = new Float64Array(n + used.length);
  trainX.set(data.train.x);
  trainY.set(data.train.y);
  used.forEach((p, i) => {
    trainX[2 * (n + i)] = p.x;
    trainX[2 * (n + i) + 1] = p.y;
    trainY[n + i] = p.label;
  });
  return { trainX, trainY, testX: data.test.x, testY: data.test.y };
}

export type CsvResult = { readonly ok: true; readonly points: LabelledPoint[] } | { readonly ok: false; readonly problems: string[] };

/**
 * "x1,x2,label" lines (label 1 … classes, as the plot names them), or "x1,x2,target" for
 * regression (`classes` null; target in TARGET_RANGE), an optional header, blank lines and #
 * comments skipped. All or nothing: every bad line is named (the first few, then a count), and
 * the cap per class (or in all, for regression) is checked.
 */
export function parseLabelledCsv(text: string, classes: number | null): CsvResult {
  const third = classes === null ? 'target' : 'label';
  if (text.length > MAX_CSV_CHARS) return { ok: false, problems: [`The text is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_CSV_CHARS.toLocaleString('en-US')} are read.`] };
  const [lo, hi] = PLAYGROUND_EXTENT;
  const bad: string[] = [], points: LabelledPoint[] = [];
  let seenData = false;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(/\s*[,;\t]\s*|\s+/).filter((c) => c !== '');
    const v = cells.map(Number);
    if (!seenData && cells.length === 3 && v.every((x) => Number.isNaN(x))) return; // a header, e.g. "x1,x2,label"
    seenData = true;
    const where = `Line ${i + 1} ("${line.length > 30 ? `${line.slice(0, 30)}…` : line}")`;
    if (cells.length !== 3) bad.push(`${where}: needs 3 values, x1,x2,${third}; it has ${cells.length}.`);
    else if (!v.every(Number.isFinite)) bad.push(`${where}: ${cells.filter((_, k) => !Number.isFinite(v[k])).map((c) => `"${c}"`).join(', ')} is not a number.`);
    else if (!(v[0] >= lo && v[0] <= hi && v[1] >= lo && v[1] <= hi)) bad.push(`${where}: x1 and x2 must be in [${lo}, ${hi}].`);
    else if (classes === null && !(v[2] >= TARGET_RANGE[0] && v[2] <= TARGET_RANGE[1])) bad.push(`${where}: the target must be in [${TARGET_RANGE[0]}, ${TARGET_RANGE[1]}], got ${cells[2]}.`);
    else if (classes !== null && !(Number.isInteger(v[2]) && v[2] >= 1 && v[2] <= classes)) bad.push(`${where}: the label must be a class 1 to ${classes}, got ${cells[2]}.`);
    else points.push({ x: round(v[0]), y: round(v[1]), label: classes === null ? round(v[2]) : v[2] - 1 });
  });
  const problems = bad.length > 5 ? [...bad.slice(0, 5), `… and ${bad.length - 5} more bad lines.`] : bad;
  if (classes === null && points.length > MAX_DRAWN_PER_CLASS) problems.push(`There are ${points.length} points; at most ${MAX_DRAWN_PER_CLASS}.`);
  for (let c = 0; c < (classes ?? 0); c++) {
    const n = points.filter((p) => p.label === c).length;
    if (n > MAX_DRAWN_PER_CLASS) problems.push(`Class ${c + 1} has ${n} points; at most ${MAX_DRAWN_PER_CLASS} per class.`);
  }
  if (problems.length === 0 && points.length === 0) problems.push(`No points: write one "x1,x2,${third}" per line.`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, points };
}
