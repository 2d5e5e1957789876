/**
 * The race's problem from its state: the core's surface (for the contour background, the start's
 * window and the minimum's mark), the worker inputs (surfaceGrid once per surface, optimizerRace
 * once per change of anything else), and each surface's name and default start.
 *
 * The noisy line is the core's line-fit error (createLinregMse) over the worker's own noisy data
 * (RACE_NOISY_LINE): the contours are the full-data MSE, which is what the race reports at each
 * point, while the racers step on seeded mini-batches of it. No React here: tests and a numbers
 * module can build the same inputs.
 */
import { createSurface, makeNoisyLine, type Schedule, type Surface } from '../../core';
import type { OptimizerRaceInput, Racer } from '../../worker/tasks/optimizerRace';
import { RACE_NOISY_LINE } from '../../worker/tasks/raceNoisyLine';
import type { SurfaceGridInput } from '../../worker/tasks/surfaceGrid';
import { probeWindow, type ProbeWindow } from '../surfaces/probe';
import { formatNumber, formatPoint } from '../surfaces/formatNumber';
import { activeRacers, RACER_INFO, type RaceState, type RaceSurface, type RacerName } from './raceSchema';
import { scheduleOf, type ScheduleSettings } from './raceSchedule';

/** Samples per side of the contour background. */
export const GRID_SIDE = 128;

export interface SurfaceMeta {
  readonly label: string;
  readonly xName: string;
  readonly yName: string;
  /** Where a racer has "arrived": its loss within this of the minimum. */
  readonly tolerance: number;
}

export const SURFACE_META: { readonly [S in RaceSurface]: SurfaceMeta } = {
  quadratic: { label: 'Quadratic bowl', xName: 'x', yName: 'y', tolerance: 1e-3 },
  rosenbrock: { label: 'Rosenbrock valley', xName: 'x', yName: 'y', tolerance: 1e-3 },
  beale: { label: 'Beale’s function', xName: 'x', yName: 'y', tolerance: 1e-3 },
  himmelblau: { label: 'Himmelblau’s function', xName: 'x', yName: 'y', tolerance: 1e-3 },
  saddle: { label: 'Saddle x² − y²', xName: 'x', yName: 'y', tolerance: 1e-3 },
  sixHumpCamel: { label: 'Six-hump camel', xName: 'x', yName: 'y', tolerance: 1e-3 },
  noisyLine: { label: 'Noisy line (mini-batches)', xName: 'slope m', yName: 'intercept b', tolerance: 1e-2 },
};

let noisyData: { xs: number[]; ys: number[] } | null = null;
/** The noisy line's 200 points (fixed: only the batch order is seeded), made once. */
export function noisyLineData(): { xs: number[]; ys: number[] } {
  if (!noisyData) {
    const d = makeNoisyLine(RACE_NOISY_LINE);
    noisyData = { xs: Array.from(d.x), ys: Array.from(d.y) };
  }
  return noisyData;
}

/** The noisy line's window: the slope and intercept around the least-squares line (2, 0.9). */
const NOISY_DOMAIN: Surface['domain'] = { x: [-2, 6], y: [-3, 5] };

export interface SurfaceKey {
  readonly surface: RaceSurface;
  readonly kappa: number;
  readonly rotation: number;
}

/** The surface choice the worker gets for these settings. */
export function surfaceChoiceOf(k: SurfaceKey): SurfaceGridInput['surface'] {
  switch (k.surface) {
    case 'quadratic':
      return { name: 'quadratic', params: { conditionNumber: k.kappa, rotationDeg: k.rotation } };
    case 'noisyLine': {
      const { xs, ys } = noisyLineData();
      return { name: 'linregMse', params: { xs, ys } };
    }
    default:
      return { name: k.surface };
  }
}

/** The core's surface (what the contours show); cheap, a closure over a few numbers. */
export function makeRaceSurface(k: SurfaceKey): Surface {
  if (k.surface === 'quadratic') return createSurface('quadratic', { conditionNumber: k.kappa, rotationDeg: k.rotation });
  if (k.surface === 'noisyLine') {
    const s = createSurface('linregMse', noisyLineData());
    return { ...s, domain: NOISY_DOMAIN, start: [-1, 4] };
  }
  return createSurface(k.surface);
}

/** Each surface's default start (the core's, the noisy line's own). */
export function defaultStart(surface: RaceSurface): readonly [number, number] {
  return makeRaceSurface({ surface, kappa: 10, rotation: 0 }).start;
}

/** The window the start may be in (the surface's window, rounded inwards). */
export const startWindow = (surface: Surface): ProbeWindow => probeWindow(surface.domain);

/** The grid input: depends on the surface only (never on the start or a racer). */
export function gridInput(k: SurfaceKey, surface: Surface): SurfaceGridInput {
  return { surface: surfaceChoiceOf(k), x: surface.domain.x, y: surface.domain.y, nx: GRID_SIDE, ny: GRID_SIDE };
}

/** One racer's optimizer config from the state's fields. */
export function racerConfig(state: RaceState, name: RacerName): Record<string, number> {
  const config: Record<string, number> = {};
  for (const { field, config: key } of RACER_INFO[name].hyper) config[key] = state[field] as number;
  return config;
}

/** One racer's schedule settings from the state's fields. */
export function scheduleSettings(state: RaceState, name: RacerName): ScheduleSettings {
  return {
    kind: state[`${name}_sched`],
    every: state[`${name}_every`],
    factor: state[`${name}_factor`],
    gamma: state[`${name}_gamma`],
    k: state[`${name}_k`],
    floor: state[`${name}_floor`],
    warmup: state[`${name}_warmup`],
  };
}

/** One racer's schedule (the core's), over the state's run at its own α. */
export function racerSchedule(state: RaceState, name: RacerName): Schedule {
  return scheduleOf(scheduleSettings(state, name), state[`${name}_lr`], state.steps);
}

/** The worker input for a state and a start (already inside the window); null with no racer. */
export function raceInput(state: RaceState, start: readonly [number, number]): (OptimizerRaceInput & { names: readonly RacerName[] }) | null {
  const names = activeRacers(state);
  if (names.length === 0) return null;
  const racers = names.map((name): Racer => {
    const optimizer = { name, config: racerConfig(state, name) } as Racer['optimizer'];
    // A constant rate is the worker's default: leave it out, so the input is what it always was.
    const schedule = racerSchedule(state, name);
    return schedule.kind === 'constant' ? { optimizer } : { optimizer, schedule };
  });
  const problem: OptimizerRaceInput['problem'] =
    state.surface === 'noisyLine'
      ? { kind: 'minibatch', batchSize: state.batch, seed: state.seed }
      : { kind: 'surface', surface: surfaceChoiceOf(state) as Extract<OptimizerRaceInput['problem'], { kind: 'surface' }>['surface'] };
  return { problem, start: [start[0], start[1]], racers, steps: state.steps, tolerance: SURFACE_META[state.surface].tolerance, names };
}

export interface ClampedStart {
  readonly x: number;
  readonly y: number;
  readonly moved: boolean;
  readonly problems: string[];
}

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));

/** The stored start moved into the surface's window if a link put it outside, with a sentence. */
export function clampStart(x: number, y: number, window: ProbeWindow, surfaceLabel: string): ClampedStart {
  const cx = clamp(x, window.x), cy = clamp(y, window.y);
  const moved = cx !== x || cy !== y;
  return {
    x: cx,
    y: cy,
    moved,
    problems: moved
      ? [
          `The start ${formatPoint(x, y)} is outside the ${surfaceLabel} window (x from ${formatNumber(window.x[0])} to ${formatNumber(window.x[1])}, y from ${formatNumber(window.y[0])} to ${formatNumber(window.y[1])}); moved to ${formatPoint(cx, cy)}.`,
        ]
      : [],
  };
}
