/**
 * The climber's walk, as plain data and pure functions (the widget keeps it in a reducer).
 *
 * A walk is a list of points, each with its altitude f and how the climber got there: by hand
 * (a stride of fixed length in one of eight compass directions) or by a gradient step,
 * p ← p − α∇f(p). A stride that would leave the map stops at its edge. A gradient step is
 * not stopped: if it lands off the map, or the numbers overflow, the climber is lost and the
 * walk ends there, with the step and the reason recorded. A gradient step shorter than a
 * ten-thousandth of the map means the slope has all but vanished: the walk is "at rest" (Play
 * stops), though the reader may walk on.
 *
 * The walk is interaction history, not widget state: it is not in the share link.
 */
import type { Vec2 } from '../state';
import { type Landscape, clampToMap, mapSpan, onMap } from './landscapes';

export type StepKind = 'start' | 'manual' | 'gradient';

export interface WalkPoint {
  readonly x: number;
  readonly y: number;
  /** Altitude f(x, y). */
  readonly f: number;
  readonly kind: StepKind;
}

/** Why a gradient step lost the climber. */
export interface Lost {
  /** The step number (the start is step 0). */
  readonly step: number;
  /** Where the step was taken from, and the slope |∇f| there. */
  readonly from: Vec2;
  readonly slope: number;
  /** How far it went: α·|∇f|. */
  readonly length: number;
  /** Where it landed (may be ±Infinity or NaN), and f there. */
  readonly to: Vec2;
  readonly f: number;
  /** 'offMap': landed outside the map; 'overflow': a number became infinite or NaN. */
  readonly reason: 'offMap' | 'overflow';
}

export type WalkStatus = 'walking' | 'resting' | 'lost' | 'full';

export interface Walk {
  readonly points: readonly WalkPoint[];
  readonly status: WalkStatus;
  /** Set when status is 'lost'. */
  readonly lost: Lost | null;
  /** The last stride was cut short by the edge of the map. */
  readonly atEdge: boolean;
}

/** The longest walk kept (a step more and the reader is asked to reset). */
export const MAX_STEPS = 400;

/** A gradient step shorter than this fraction of the map counts as standing still. */
export const REST_FRACTION = 1e-4;

export type Direction = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';

export const DIRECTIONS: readonly Direction[] = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

export const DIRECTION_NAMES: { readonly [D in Direction]: string } = {
  N: 'north', NE: 'north-east', E: 'east', SE: 'south-east', S: 'south', SW: 'south-west', W: 'west', NW: 'north-west',
};

const D = Math.SQRT1_2;
/** Unit vectors, north = +y. */
export const DIRECTION_VECTORS: { readonly [K in Direction]: Vec2 } = {
  N: [0, 1], NE: [D, D], E: [1, 0], SE: [D, -D], S: [0, -1], SW: [-D, -D], W: [-1, 0], NW: [-D, D],
};

/** The compass direction nearest to the vector (vx, vy), or null for the zero vector. */
export function compassOf(vx: number, vy: number): Direction | null {
  if (!(Math.hypot(vx, vy) > 0)) return null;
  // atan2 from east, counterclockwise; eight sectors of 45° centred on E, NE, N, …
  const k = Math.round(Math.atan2(vy, vx) / (Math.PI / 4));
  const ring: Direction[] = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'];
  return ring[(k + 8) % 8];
}

function point(land: Landscape, [x, y]: Vec2, kind: StepKind): WalkPoint {
  return { x, y, f: land.surface.value(x, y), kind };
}

export function startWalk(land: Landscape, start: Vec2): Walk {
  return { points: [point(land, clampToMap(land, start), 'start')], status: 'walking', lost: null, atEdge: false };
}

export function currentPoint(walk: Walk): WalkPoint {
  return walk.points[walk.points.length - 1];
}

/** Can the climber take another step? */
export function canStep(walk: Walk): boolean {
  return walk.status !== 'lost' && walk.status !== 'full';
}

function append(walk: Walk, next: WalkPoint, patch: { status?: WalkStatus; atEdge?: boolean } = {}): Walk {
  const points = [...walk.points, next];
  const status = points.length - 1 >= MAX_STEPS ? 'full' : (patch.status ?? 'walking');
  return { points, status, lost: null, atEdge: patch.atEdge ?? false };
}

/** One stride of `length` towards `direction`, stopped at the edge of the map. */
export function manualStep(walk: Walk, land: Landscape, direction: Direction, length: number): Walk {
  if (!canStep(walk)) return walk;
  const here = currentPoint(walk);
  const [ux, uy] = DIRECTION_VECTORS[direction];
  const wanted: Vec2 = [here.x + length * ux, here.y + length * uy];
  const to = clampToMap(land, wanted);
  const cut = to[0] !== wanted[0] || to[1] !== wanted[1];
  if (to[0] === here.x && to[1] === here.y) return { ...walk, atEdge: true }; // pressed against the edge
  return append(walk, point(land, to, 'manual'), { atEdge: cut });
}

/** One gradient-descent step p ← p − α∇f(p); off the map or overflowing, the climber is lost. */
export function gradientStep(walk: Walk, land: Landscape, alpha: number): Walk {
  if (!canStep(walk)) return walk;
  const here = currentPoint(walk);
  const [gx, gy] = land.surface.gradient(here.x, here.y);
  const to: Vec2 = [here.x - alpha * gx, here.y - alpha * gy];
  const slope = Math.hypot(gx, gy);
  const length = alpha * slope;
  const f = land.surface.value(to[0], to[1]);
  const step = walk.points.length;
  const finite = Number.isFinite(to[0]) && Number.isFinite(to[1]) && Number.isFinite(f);
  if (!finite || !onMap(land, to)) {
    const lost: Lost = { step, from: [here.x, here.y], slope, length, to, f, reason: finite ? 'offMap' : 'overflow' };
    return { points: [...walk.points, { x: to[0], y: to[1], f, kind: 'gradient' }], status: 'lost', lost, atEdge: false };
  }
  const resting = length < REST_FRACTION * mapSpan(land);
  return append(walk, { x: to[0], y: to[1], f, kind: 'gradient' }, resting ? { status: 'resting' } : {});
}

/** How many steps of each kind (the start is not a step). */
export function stepCounts(walk: Walk): { manual: number; gradient: number } {
  let manual = 0, gradient = 0;
  for (const p of walk.points) {
    if (p.kind === 'manual') manual++;
    else if (p.kind === 'gradient') gradient++;
  }
  return { manual, gradient };
}
