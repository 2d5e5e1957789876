/**
 * A learning-rate schedule per racer, as URL state: one kind per racer (`race.adam_sched`) and
 * only that kind's parameters (`race.adam_every`, `race.adam_factor`, …). The run's length sets
 * the cosine's T, and the floor is a fraction of the racer's own α, so a schedule needs at most
 * two numbers besides its kind. scheduleOf turns them into the core's Schedule (validated by
 * the core); the curve and the sentence read the core's learningRateAt, never a copy of it.
 */
import { learningRateAt, validateSchedule, type Schedule } from '../../core';
import { formatNumber } from '../surfaces/formatNumber';

/** The kinds a racer can use (the core's, with warm-up always followed by a cosine). */
export const SCHEDULE_CHOICES = ['constant', 'step', 'exponential', 'inverseTime', 'cosine', 'warmup'] as const;
export type ScheduleChoice = (typeof SCHEDULE_CHOICES)[number];

export const SCHEDULE_LABELS: { readonly [K in ScheduleChoice]: string } = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential',
  inverseTime: '1/t',
  cosine: 'Cosine',
  warmup: 'Warm-up then cosine',
};

/** Each parameter's field (the same ranges for every racer). */
export const SCHEDULE_PARAMS = {
  every: { kind: 'number', min: 1, max: 5000, default: 100, integer: true, log: true, label: 'Decay every', unit: 'steps' },
  factor: { kind: 'number', min: 0.01, max: 1, default: 0.5, step: 0.01, label: 'Decay factor' },
  gamma: { kind: 'number', min: 0.9, max: 1, default: 0.99, step: 0.001, label: 'Decay γ per step' },
  k: { kind: 'number', min: 1e-4, max: 10, default: 0.01, log: true, label: 'Decay k (α/(1 + kt))' },
  floor: { kind: 'number', min: 0, max: 1, default: 0, step: 0.01, label: 'Final rate, × α' },
  warmup: { kind: 'number', min: 1, max: 1000, default: 50, integer: true, log: true, label: 'Warm-up', unit: 'steps' },
} as const;
export type ScheduleParam = keyof typeof SCHEDULE_PARAMS;

/** The parameters each kind reads (and the only ones a link keeps for it). */
export const PARAMS_OF: { readonly [K in ScheduleChoice]: readonly ScheduleParam[] } = {
  constant: [],
  step: ['every', 'factor'],
  exponential: ['gamma'],
  inverseTime: ['k'],
  cosine: ['floor'],
  warmup: ['warmup', 'floor'],
};

const PARAM_NAMES = Object.keys(SCHEDULE_PARAMS) as ScheduleParam[];

const kindField = { kind: 'enum', values: SCHEDULE_CHOICES, default: 'constant', label: 'Schedule' } as const;

export type ScheduleFields<N extends string> = { readonly [K in `${N}_sched`]: typeof kindField } & {
  readonly [P in ScheduleParam as `${N}_${P}`]: (typeof SCHEDULE_PARAMS)[P];
};

/** The schema fields of one racer's schedule, to spread into the race's table. */
export function scheduleFields<N extends string>(name: N): ScheduleFields<N> {
  // Copies: each key its own field object, so its control knows which key it drives.
  const out: Record<string, unknown> = { [`${name}_sched`]: { ...kindField } };
  for (const p of PARAM_NAMES) out[`${name}_${p}`] = { ...SCHEDULE_PARAMS[p] };
  // Safe: `out` has exactly the keys of ScheduleFields<N>, each the field the type names.
  return out as ScheduleFields<N>;
}

/** A racer's schedule settings, as read from the state. */
export interface ScheduleSettings {
  readonly kind: ScheduleChoice;
  readonly every: number;
  readonly factor: number;
  readonly gamma: number;
  readonly k: number;
  readonly floor: number;
  readonly warmup: number;
}

/**
 * The keys of a racer's schedule a link can leave out: all of them for an unselected racer
 * (kind null), the kind itself when constant (the default a missing key decodes to), and the
 * parameters the kind does not read.
 */
export function unusedScheduleKeys(name: string, kind: ScheduleChoice | null): string[] {
  const unused = PARAM_NAMES.filter((p) => kind === null || !PARAMS_OF[kind].includes(p)).map((p) => `${name}_${p}`);
  return kind === null || kind === 'constant' ? [`${name}_sched`, ...unused] : unused;
}

/**
 * The core's Schedule for these settings over a run of `steps` steps at base rate `lr`.
 * Throws the core's errors (naming 'schedule' and the field) for a bad value.
 */
export function scheduleOf(s: ScheduleSettings, lr: number, steps: number): Schedule {
  let out: Schedule;
  switch (s.kind) {
    case 'constant':
      out = { kind: 'constant' };
      break;
    case 'step':
      out = { kind: 'step', every: s.every, factor: s.factor };
      break;
    case 'exponential':
      out = { kind: 'exponential', gamma: s.gamma };
      break;
    case 'inverseTime':
      out = { kind: 'inverseTime', k: s.k };
      break;
    case 'cosine':
      out = { kind: 'cosine', totalSteps: Math.max(1, steps), minLr: s.floor * lr };
      break;
    case 'warmup': {
      const w = Math.max(0, Math.min(s.warmup, steps - 1));
      out = { kind: 'warmup', warmupSteps: w, then: { kind: 'cosine', totalSteps: Math.max(1, steps - w), minLr: s.floor * lr } };
      break;
    }
  }
  validateSchedule(out);
  return out;
}

/** α_t at `count` evenly spaced steps of a run (the core's learningRateAt), for a small curve. */
export function rateSamples(schedule: Schedule, lr: number, steps: number, count = 60): { t: number[]; rate: number[] } {
  const t: number[] = [], rate: number[] = [];
  const last = Math.max(0, steps - 1);
  for (let i = 0; i < count; i++) {
    const step = Math.round((i * last) / (count - 1));
    if (t.length > 0 && t[t.length - 1] === step) continue;
    t.push(step);
    rate.push(learningRateAt(schedule, lr, step));
  }
  return { t, rate };
}

const n3 = (v: number) => formatNumber(v, 3);

/** One line on the rate over the run, with numbers from learningRateAt. */
export function describeSchedule(s: ScheduleSettings, schedule: Schedule, lr: number, steps: number): string {
  const last = Math.max(0, steps - 1);
  const at = (t: number) => n3(learningRateAt(schedule, lr, t));
  const span = `α is ${at(0)} at step 0 and ${at(last)} at step ${last}`;
  switch (s.kind) {
    case 'constant':
      return `α stays ${n3(lr)} for all ${steps} steps.`;
    case 'step':
      return `α is multiplied by ${n3(s.factor)} every ${s.every} steps: ${span}.`;
    case 'exponential':
      return `α is multiplied by γ = ${n3(s.gamma)} every step: ${span}.`;
    case 'inverseTime':
      return `α/(1 + ${n3(s.k)}·t): ${span}.`;
    case 'cosine':
      return `α falls along half a cosine over the run to ${n3(s.floor)}·α: ${span}.`;
    case 'warmup': {
      const w = schedule.kind === 'warmup' ? schedule.warmupSteps : 0;
      return `α rises from 0 to ${n3(lr)} over the first ${w} steps (${at(Math.floor(w / 2))} at step ${Math.floor(w / 2)}), then falls along half a cosine to ${at(last)} at step ${last}.`;
    }
  }
}

/**
 * What a changing α does to the book's momentum (momentum.ts): v ← βv + g holds gradients, not
 * steps, and w ← w − α_t·v multiplies the whole velocity by the current rate; the other form,
 * v ← μv − α_t·g, w ← w + v, would keep the part of the velocity taken at earlier rates.
 */
export const MOMENTUM_SCHEDULE_NOTE =
  'Here v ← βv + g collects gradients and w ← w − α_t·v scales the whole velocity by the current α_t, so a falling rate also shortens the momentum already built up; the other way of writing momentum (v ← μv − α_t·g, w ← w + v) would keep the velocity taken at earlier rates, and the two paths differ.';
