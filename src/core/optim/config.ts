/**
 * Validation shared by every optimizer factory: fills defaults, rejects unknown keys, checks
 * each number against its HyperparameterSpec and each switch for being a boolean. Runs once per
 * create() (and, for the learning rate only, once per step), never inside a step's loop.
 */
import { RangeError_, UnknownNameError, requireInRange, requireInteger } from '../errors';
import type { HyperparameterSpec } from './optimizer';

/**
 * Largest learning rate any optimizer accepts. lr = 0 is allowed (a step then changes nothing),
 * so a log-scaled slider has to start at its first nonzero tick.
 */
export const LR_MAX = 10;

/** The learning-rate spec every optimizer shares; only the default differs. */
export function learningRateSpec(defaultLr: number, doc: string): HyperparameterSpec {
  return { name: 'lr', min: 0, max: LR_MAX, default: defaultLr, log: true, symbol: '\\alpha', doc };
}

/**
 * The ε spec of the adaptive methods. Its minimum is above 0 on purpose: with ε = 0 a
 * coordinate whose gradient has always been 0 computes 0/0 = NaN.
 */
export function epsilonSpec(defaultEps: number, doc: string): HyperparameterSpec {
  return { name: 'eps', min: 1e-12, max: 1, default: defaultEps, log: true, symbol: '\\epsilon', doc };
}

/** A decay rate in [0, 1) (β, ρ): 1 itself would freeze the average forever. */
export function decaySpec(name: string, symbol: string, defaultValue: number, doc: string): HyperparameterSpec {
  return { name, min: 0, max: 0.999999, default: defaultValue, log: false, symbol, doc };
}

/** A boolean switch of a config (e.g. Adam's biasCorrection); it has no range, only a doc. */
export interface SwitchSpec {
  readonly name: string;
  readonly default: boolean;
  readonly doc: string;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * Returns a frozen copy of `defaults` overridden by `partial`. Keys whose value is undefined keep
 * their default. Throws UnknownNameError for a key the optimizer does not have, RangeError_ for
 * a value of the wrong type or outside its spec (NonFiniteError for NaN / ±Infinity).
 */
export function resolveConfig<C extends object>(
  op: string,
  defaults: Readonly<C>,
  specs: readonly HyperparameterSpec[],
  switches: readonly SwitchSpec[],
  partial: Partial<C> | undefined,
): Readonly<C> {
  const out: Record<string, unknown> = { ...defaults };
  if (partial !== undefined) {
    if (partial === null || typeof partial !== 'object' || Array.isArray(partial)) {
      throw new RangeError_(op, `config must be an object, got ${describe(partial)}`);
    }
    const given: Record<string, unknown> = { ...partial };
    for (const key of Object.keys(given)) {
      const value = given[key];
      if (value === undefined) continue;
      const spec = specs.find((s) => s.name === key);
      const flag = switches.find((s) => s.name === key);
      if (spec !== undefined) {
        if (typeof value !== 'number') {
          throw new RangeError_(op, `${key} must be a number, got ${describe(value)}`);
        }
        if (spec.integer === true) requireInteger(op, key, value, spec.min, spec.max);
        else requireInRange(op, key, value, spec.min, spec.max);
      } else if (flag !== undefined) {
        if (typeof value !== 'boolean') {
          throw new RangeError_(op, `${key} must be true or false, got ${describe(value)}`);
        }
      } else {
        const known = [...specs.map((s) => s.name), ...switches.map((s) => s.name)].join(', ');
        throw new UnknownNameError(op, `unknown hyperparameter "${key}" (known: ${known})`);
      }
      out[key] = value;
    }
  }
  // Safe: `out` holds exactly the keys of C, each validated against its spec above.
  return Object.freeze(out) as unknown as Readonly<C>;
}

/** The learning rate for one step: the override a schedule passes, checked, or the config's. */
export function stepLr(op: string, override: number | undefined, configured: number): number {
  if (override === undefined) return configured;
  return requireInRange(op, 'lr', override, 0, LR_MAX);
}
