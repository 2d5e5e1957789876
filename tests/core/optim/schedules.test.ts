import { describe, expect, it } from 'vitest';
import { NonFiniteError, RangeError_, UnknownNameError } from '../../../src/core/errors';
import { learningRateAt, scheduleFormulas, scheduleKinds, validateSchedule } from '../../../src/core/optim/schedules';
import type { Schedule } from '../../../src/core/optim/schedules';

describe('learningRateAt', () => {
  it('constant: α at every step', () => {
    expect(learningRateAt({ kind: 'constant' }, 0.1, 0)).toBe(0.1);
    expect(learningRateAt({ kind: 'constant' }, 0.1, 12345)).toBe(0.1);
  });

  it('step: α·factor^⌊t/every⌋', () => {
    // every = 10, factor = 0.5, α = 0.1: t = 0…9 → 0.1; t = 10 → 0.05; t = 25 → 0.1·0.25 = 0.025.
    const s: Schedule = { kind: 'step', every: 10, factor: 0.5 };
    expect(learningRateAt(s, 0.1, 0)).toBe(0.1);
    expect(learningRateAt(s, 0.1, 9)).toBe(0.1);
    expect(learningRateAt(s, 0.1, 10)).toBe(0.05);
    expect(learningRateAt(s, 0.1, 25)).toBe(0.025);
  });

  it('exponential: α·γ^t', () => {
    // γ = 0.9, α = 0.1: t = 0 → 0.1; t = 1 → 0.09; t = 3 → 0.1·0.729 = 0.0729.
    const s: Schedule = { kind: 'exponential', gamma: 0.9 };
    expect(learningRateAt(s, 0.1, 0)).toBe(0.1);
    expect(learningRateAt(s, 0.1, 1)).toBeCloseTo(0.09, 15);
    expect(learningRateAt(s, 0.1, 3)).toBeCloseTo(0.0729, 15);
  });

  it('inverseTime: α/(1 + k·t)', () => {
    // k = 0.5, α = 0.1: t = 0 → 0.1; t = 2 → 0.1/2 = 0.05; t = 6 → 0.1/4 = 0.025.
    const s: Schedule = { kind: 'inverseTime', k: 0.5 };
    expect(learningRateAt(s, 0.1, 0)).toBe(0.1);
    expect(learningRateAt(s, 0.1, 2)).toBe(0.05);
    expect(learningRateAt(s, 0.1, 6)).toBe(0.025);
  });

  it('cosine: from α down to minLr over totalSteps, then minLr', () => {
    // T = 100, minLr = 0.01, α = 0.1: α_t = 0.01 + 0.045·(1 + cos(πt/100)).
    // t = 0 → 0.01 + 0.09 = 0.1;  t = 50 → 0.01 + 0.045·1 = 0.055;
    // t = 25 → 0.01 + 0.045·(1 + √2/2) = 0.01 + 0.045·1.7071067811865475 = 0.08681980515339464;
    // t = 100 and later → 0.01.
    const s: Schedule = { kind: 'cosine', totalSteps: 100, minLr: 0.01 };
    expect(learningRateAt(s, 0.1, 0)).toBeCloseTo(0.1, 15);
    expect(learningRateAt(s, 0.1, 25)).toBeCloseTo(0.08681980515339464, 15);
    expect(learningRateAt(s, 0.1, 50)).toBeCloseTo(0.055, 15);
    expect(learningRateAt(s, 0.1, 100)).toBe(0.01);
    expect(learningRateAt(s, 0.1, 1000)).toBe(0.01);
  });

  it('warmup: linear from 0 to α over warmupSteps, then the wrapped schedule from its own t = 0', () => {
    // W = 4, α = 0.1: t = 0, 1, 2, 3 → 0, 0.025, 0.05, 0.075; t = 4 → then(0) = 0.1.
    // Wrapping exponential γ = 0.5: t = 5 → 0.1·0.5 = 0.05; t = 6 → 0.025.
    const s: Schedule = { kind: 'warmup', warmupSteps: 4, then: { kind: 'exponential', gamma: 0.5 } };
    const rates = [0, 1, 2, 3, 4, 5, 6].map((t) => learningRateAt(s, 0.1, t));
    expect(rates[0]).toBe(0);
    expect(rates[1]).toBeCloseTo(0.025, 15);
    expect(rates[2]).toBeCloseTo(0.05, 15);
    expect(rates[3]).toBeCloseTo(0.075, 15);
    expect(rates[4]).toBe(0.1);
    expect(rates[5]).toBe(0.05);
    expect(rates[6]).toBe(0.025);
  });

  it('warmup ramps linearly: equal increments of α/W', () => {
    const s: Schedule = { kind: 'warmup', warmupSteps: 50, then: { kind: 'constant' } };
    for (let t = 1; t < 50; t++) {
      const rise = learningRateAt(s, 0.2, t) - learningRateAt(s, 0.2, t - 1);
      expect(rise).toBeCloseTo(0.2 / 50, 14);
    }
    expect(learningRateAt(s, 0.2, 50)).toBe(0.2);
  });

  it('has a formula for every kind', () => {
    for (const kind of scheduleKinds) expect(scheduleFormulas[kind]).toMatch(/\\alpha_t/);
  });
});

describe('validateSchedule', () => {
  it('rejects an unknown kind with UnknownNameError naming it', () => {
    expect(() => validateSchedule({ kind: 'linear' })).toThrow(UnknownNameError);
    expect(() => validateSchedule({ kind: 'linear' })).toThrow('schedule: unknown kind "linear"');
    expect(() => validateSchedule(null)).toThrow(RangeError_);
  });

  it('rejects bad fields, naming the field and the value', () => {
    expect(() => validateSchedule({ kind: 'step', every: 0, factor: 0.5 })).toThrow('schedule: every must be in [1, 1000000000], got 0');
    expect(() => validateSchedule({ kind: 'step', every: 2.5, factor: 0.5 })).toThrow('schedule: every must be a whole number, got 2.5');
    expect(() => validateSchedule({ kind: 'step', every: 10, factor: 1.5 })).toThrow('schedule: factor must be in [0, 1], got 1.5');
    expect(() => validateSchedule({ kind: 'exponential', gamma: Number.NaN })).toThrow(NonFiniteError);
    expect(() => validateSchedule({ kind: 'exponential', gamma: Number.NaN })).toThrow('schedule: gamma must be finite, got NaN');
    expect(() => validateSchedule({ kind: 'inverseTime', k: -1 })).toThrow('schedule: k must be in');
    expect(() => validateSchedule({ kind: 'cosine', totalSteps: 100 })).toThrow('schedule: minLr must be a number, got undefined');
    expect(() => validateSchedule({ kind: 'exponential', gamma: 0.9, every: 3 })).toThrow(UnknownNameError);
    expect(() => validateSchedule({ kind: 'exponential', gamma: 0.9, every: 3 })).toThrow('unknown field "every"');
  });

  it('validates the schedule a warmup wraps', () => {
    expect(() => validateSchedule({ kind: 'warmup', warmupSteps: 5, then: { kind: 'step', every: -1, factor: 0.5 } })).toThrow(
      'schedule: every must be in',
    );
  });

  it('learningRateAt rejects a bad step index or base rate', () => {
    expect(() => learningRateAt({ kind: 'constant' }, 0.1, -1)).toThrow('schedule: t must be in');
    expect(() => learningRateAt({ kind: 'constant' }, 0.1, 1.5)).toThrow('schedule: t must be a whole number, got 1.5');
    expect(() => learningRateAt({ kind: 'constant' }, -0.1, 0)).toThrow('schedule: baseLr must be in');
  });
});
