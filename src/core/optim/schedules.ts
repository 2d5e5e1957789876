/**
 * Learning-rate schedules: α_t as a function of the 0-based step index t and the base rate α.
 * Each is a plain config (a discriminated union on `kind`), so it fits in a URL or an embed
 * attribute; learningRateAt turns it into a number for optimizer.step(w, g, lr).
 */
import { RangeError_, UnknownNameError, requireInRange, requireInteger } from '../errors';

export type Schedule =
  | { readonly kind: 'constant' }
  /** α · factor^⌊t / every⌋ (step decay). */
  | { readonly kind: 'step'; readonly every: number; readonly factor: number }
  /** α · γ^t. */
  | { readonly kind: 'exponential'; readonly gamma: number }
  /** α / (1 + k t). */
  | { readonly kind: 'inverseTime'; readonly k: number }
  /** Cosine annealing from α down to minLr over totalSteps steps, then minLr (Loshchilov and Hutter 2017). */
  | { readonly kind: 'cosine'; readonly totalSteps: number; readonly minLr: number }
  /** Linear ramp α·t/warmupSteps, then `then` counted from the end of the warmup. */
  | { readonly kind: 'warmup'; readonly warmupSteps: number; readonly then: Schedule };

export type ScheduleKind = Schedule['kind'];

/** Largest step count any schedule field accepts. */
const MAX_STEPS = 1e9;

/** The fields each kind must have (and may only have), besides `kind`. */
const fields: Readonly<Record<ScheduleKind, readonly string[]>> = {
  constant: [],
  step: ['every', 'factor'],
  exponential: ['gamma'],
  inverseTime: ['k'],
  cosine: ['totalSteps', 'minLr'],
  warmup: ['warmupSteps', 'then'],
};

export const scheduleKinds: readonly ScheduleKind[] = Object.keys(fields) as ScheduleKind[];

/** KaTeX of α_t for each kind, with α the base learning rate and t the 0-based step. */
export const scheduleFormulas: Readonly<Record<ScheduleKind, string>> = {
  constant: '\\alpha_t = \\alpha',
  step: '\\alpha_t = \\alpha \\cdot \\text{factor}^{\\lfloor t / \\text{every} \\rfloor}',
  exponential: '\\alpha_t = \\alpha \\gamma^{t}',
  inverseTime: '\\alpha_t = \\frac{\\alpha}{1 + k t}',
  cosine:
    '\\alpha_t = \\begin{cases} \\alpha_{\\min} + \\tfrac12 (\\alpha - \\alpha_{\\min}) \\left(1 + \\cos\\frac{\\pi t}{T}\\right) & t < T \\\\ \\alpha_{\\min} & t \\ge T \\end{cases}',
  warmup:
    '\\alpha_t = \\begin{cases} \\alpha \\, t / W & t < W \\\\ \\text{then}_{t - W} & t \\ge W \\end{cases}',
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function numberField(s: Record<string, unknown>, key: string): number {
  const x = s[key];
  if (typeof x !== 'number') throw new RangeError_('schedule', `${key} must be a number, got ${String(x)}`);
  return x;
}

/**
 * Throws unless `s` is a well-formed Schedule: UnknownNameError for an unknown kind or field,
 * RangeError_ / NonFiniteError naming the bad field and value. Recurses into warmup's `then`.
 */
export function validateSchedule(s: unknown): asserts s is Schedule {
  if (!isRecord(s)) throw new RangeError_('schedule', `must be an object with a kind, got ${String(s)}`);
  const kind = s.kind;
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(fields, kind)) {
    throw new UnknownNameError('schedule', `unknown kind "${String(kind)}" (known: ${scheduleKinds.join(', ')})`);
  }
  const allowed = fields[kind as ScheduleKind];
  for (const key of Object.keys(s)) {
    if (key !== 'kind' && !allowed.includes(key)) {
      throw new UnknownNameError('schedule', `unknown field "${key}" for kind ${kind} (known: ${allowed.join(', ')})`);
    }
  }
  switch (kind as ScheduleKind) {
    case 'constant':
      return;
    case 'step':
      requireInteger('schedule', 'every', numberField(s, 'every'), 1, MAX_STEPS);
      requireInRange('schedule', 'factor', numberField(s, 'factor'), 0, 1);
      return;
    case 'exponential':
      requireInRange('schedule', 'gamma', numberField(s, 'gamma'), 0, 1);
      return;
    case 'inverseTime':
      requireInRange('schedule', 'k', numberField(s, 'k'), 0, MAX_STEPS);
      return;
    case 'cosine':
      requireInteger('schedule', 'totalSteps', numberField(s, 'totalSteps'), 1, MAX_STEPS);
      requireInRange('schedule', 'minLr', numberField(s, 'minLr'), 0, MAX_STEPS);
      return;
    case 'warmup':
      requireInteger('schedule', 'warmupSteps', numberField(s, 'warmupSteps'), 0, MAX_STEPS);
      validateSchedule(s.then);
      return;
  }
}

/** α_t for a validated schedule; no checks, so it can run every step. */
function rateAt(s: Schedule, lr: number, t: number): number {
  switch (s.kind) {
    case 'constant':
      return lr;
    case 'step':
      return lr * Math.pow(s.factor, Math.floor(t / s.every));
    case 'exponential':
      return lr * Math.pow(s.gamma, t);
    case 'inverseTime':
      return lr / (1 + s.k * t);
    case 'cosine':
      if (t >= s.totalSteps) return s.minLr;
      return s.minLr + 0.5 * (lr - s.minLr) * (1 + Math.cos((Math.PI * t) / s.totalSteps));
    case 'warmup':
      if (t < s.warmupSteps) return (lr * t) / s.warmupSteps;
      return rateAt(s.then, lr, t - s.warmupSteps);
  }
}

/**
 * The learning rate at 0-based step t for base rate `baseLr`. Validates everything (a few
 * comparisons, cheap next to a step); throws typed errors naming 'schedule'.
 */
export function learningRateAt(schedule: Schedule, baseLr: number, t: number): number {
  validateSchedule(schedule);
  requireInRange('schedule', 'baseLr', baseLr, 0, MAX_STEPS);
  requireInteger('schedule', 't', t, 0, Number.MAX_SAFE_INTEGER);
  return rateAt(schedule, baseLr, t);
}
