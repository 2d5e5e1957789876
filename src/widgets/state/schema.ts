/**
 * A widget's state is described by one table of fields (TensorFlow Playground's habit): each
 * field says its type, its allowed values and its default. The same table drives the URL codec,
 * embed attributes, validation of every change, and the labels of the controls, so there is
 * one place to read what a widget can be set to.
 *
 * Define a schema once, at module scope, with `defineSchema` (it checks the table and keeps the
 * literal types, so `StateOf` can give enum fields their exact union type):
 *
 *   const fitSchema = defineSchema({
 *     m: { kind: 'number', min: -5, max: 5, default: 0.5, step: 0.01, label: 'Slope' },
 *     opt: { kind: 'enum', values: ['sgd', 'adam'], default: 'sgd', label: 'Optimizer' },
 *     seed: { kind: 'seed', default: 1 },
 *   });
 *   type FitState = StateOf<typeof fitSchema>; // { m: number; opt: 'sgd' | 'adam'; seed: number }
 */

/** A point in the plane, in data coordinates. Read-only: state is replaced, never mutated. */
export type Vec2 = readonly [x: number, y: number];

/** A closed interval [lo, hi]. */
export type Interval = readonly [lo: number, hi: number];

/** A real (or whole) number in [min, max]. */
export interface NumberField {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Slider granularity in value units (linear sliders only; log sliders step in position). */
  readonly step?: number;
  /** Whole numbers only: decoded values are rounded (with a message). */
  readonly integer?: boolean;
  /** Slider moves evenly in log(value); needs min > 0. */
  readonly log?: boolean;
  readonly label: string;
  /** Shown after the value, e.g. "steps". */
  readonly unit?: string;
}

/** One of a fixed list of strings. */
export interface EnumField<V extends string = string> {
  readonly kind: 'enum';
  readonly values: readonly V[];
  readonly default: V;
  readonly label: string;
}

export interface BooleanField {
  readonly kind: 'boolean';
  readonly default: boolean;
  readonly label: string;
}

/** An editable data set: a list of points inside a box, at most maxCount of them. */
export interface PointsField {
  readonly kind: 'points';
  readonly default: readonly Vec2[];
  readonly x: Interval;
  readonly y: Interval;
  readonly maxCount: number;
  /** Fewer valid points than this and the default is used instead (default 0). */
  readonly minCount?: number;
  readonly label: string;
}

/** A random seed: a whole number 0 ≤ seed < 2^32, so a shared link replays the same run. */
export interface SeedField {
  readonly kind: 'seed';
  readonly default: number;
  readonly label?: string;
}

/** A list of numbers, each in [min, max], between minCount and maxCount of them (the values
 *  of an expression's variables, the widths of a network's layers). */
export interface NumbersField {
  readonly kind: 'numbers';
  readonly default: readonly number[];
  readonly min: number;
  readonly max: number;
  readonly minCount: number;
  readonly maxCount: number;
  /** Whole numbers only: decoded values are rounded (with a message). */
  readonly integer?: boolean;
  /** Values come in groups of this many (a drawn point's x, y and target: 3); a partial group at
   *  the end is dropped (with a message). minCount and maxCount count values. Default 1. */
  readonly group?: number;
  readonly label: string;
}

/** Free text of at most maxLength characters (an expression a reader types). What the text
 *  means is the widget's to check, and to explain when it makes no sense. */
export interface TextField {
  readonly kind: 'text';
  readonly default: string;
  readonly maxLength: number;
  readonly label: string;
}

export type Field = NumberField | EnumField | BooleanField | PointsField | SeedField | NumbersField | TextField;

/** Field names are URL keys and attribute names, so they are plain identifiers. */
export type Schema = Readonly<Record<string, Field>>;

/** The largest seed plus one. */
export const SEED_LIMIT = 2 ** 32;

/** The seed after `seed` (what every "new draw" button sets), wrapping at SEED_LIMIT. */
export const nextSeed = (seed: number): number => (seed + 1) % SEED_LIMIT;

/** The value type a field holds. */
export type ValueOf<F extends Field> = F extends { readonly kind: 'number' }
  ? number
  : F extends { readonly kind: 'enum'; readonly values: readonly (infer V)[] }
    ? V
    : F extends { readonly kind: 'boolean' }
      ? boolean
      : F extends { readonly kind: 'points' }
        ? readonly Vec2[]
        : F extends { readonly kind: 'seed' }
          ? number
          : F extends { readonly kind: 'numbers' }
            ? readonly number[]
            : F extends { readonly kind: 'text' }
              ? string
              : never;

/** A schema's state object: one typed value per field. */
export type StateOf<S extends Schema> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** A change to some fields of a state. */
export type Patch<S extends Schema> = Partial<StateOf<S>>;

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A mistake in a schema is the widget author's, so it throws when the module loads. */
function check(key: string, field: Field): void {
  const fail = (why: string): never => {
    throw new Error(`defineSchema: field "${key}" ${why}`);
  };
  if (!KEY.test(key)) fail('must be a letter followed by letters, digits or _ (it is a URL key)');
  switch (field.kind) {
    case 'number': {
      const { min, max } = field;
      if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) fail(`needs finite min < max, got [${min}, ${max}]`);
      if (!(field.default >= min && field.default <= max)) fail(`default ${field.default} is outside [${min}, ${max}]`);
      if (field.log && !(min > 0)) fail(`is log-scaled, so min must be > 0, got ${min}`);
      if (field.integer && !Number.isInteger(field.default)) fail(`is whole-number only, default ${field.default} is not`);
      if (field.step !== undefined && !(field.step > 0)) fail(`step must be > 0, got ${field.step}`);
      return;
    }
    case 'enum':
      if (field.values.length === 0) fail('needs at least one value');
      if (!field.values.includes(field.default)) fail(`default "${field.default}" is not one of its values`);
      return;
    case 'boolean':
      return;
    case 'points': {
      const [x0, x1] = field.x, [y0, y1] = field.y;
      if (!(x0 < x1 && y0 < y1)) fail('needs x and y intervals with lo < hi');
      if (!(Number.isInteger(field.maxCount) && field.maxCount >= 0)) fail('maxCount must be a whole number ≥ 0');
      const minCount = field.minCount ?? 0;
      if (!(Number.isInteger(minCount) && minCount >= 0 && minCount <= field.maxCount)) fail('minCount must be a whole number in [0, maxCount]');
      if (field.default.length > field.maxCount || field.default.length < minCount) fail('default has the wrong number of points');
      for (const [x, y] of field.default) {
        if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) fail(`default point (${x}, ${y}) is outside the box`);
      }
      return;
    }
    case 'numbers': {
      const { min, max, minCount, maxCount } = field;
      if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) fail(`needs finite min < max, got [${min}, ${max}]`);
      if (!(Number.isInteger(minCount) && Number.isInteger(maxCount) && minCount >= 0 && minCount <= maxCount)) fail('needs whole numbers 0 ≤ minCount ≤ maxCount');
      if (field.default.length < minCount || field.default.length > maxCount) fail('default has the wrong number of values');
      const group = field.group ?? 1;
      if (!(Number.isInteger(group) && group >= 1)) fail(`group must be a whole number ≥ 1, got ${group}`);
      if (field.default.length % group !== 0 || maxCount % group !== 0) fail(`default and maxCount must be whole groups of ${group}`);
      for (const v of field.default) {
        if (!(v >= min && v <= max)) fail(`default value ${v} is outside [${min}, ${max}]`);
        if (field.integer && !Number.isInteger(v)) fail(`is whole-number only, default value ${v} is not`);
      }
      return;
    }
    case 'text':
      if (!(Number.isInteger(field.maxLength) && field.maxLength > 0)) fail('maxLength must be a whole number > 0');
      if (field.default.length > field.maxLength) fail(`default is longer than maxLength ${field.maxLength}`);
      return;
    case 'seed':
      if (!(Number.isInteger(field.default) && field.default >= 0 && field.default < SEED_LIMIT)) {
        fail(`default seed must be a whole number in [0, 2^32), got ${field.default}`);
      }
      return;
  }
}

/** Each field object's key in its schema, so a control made from a field knows which setting
 *  it drives (controlPolicy.ts). A WeakMap: fields are module constants, never copied. One
 *  object under two keys has no key of its own (null): give each key its own object. */
const fieldKeys = new WeakMap<Field, string | null>();

/** The key `field` has in the schema defineSchema made it part of, or undefined. */
export const keyOfField = (field: Field): string | undefined => fieldKeys.get(field) ?? undefined;

/**
 * Returns the schema unchanged, after checking it. The `const` type parameter keeps literal
 * types (enum values become a union) without the caller writing `as const`.
 */
export function defineSchema<const S extends Schema>(schema: S): S {
  for (const [key, field] of Object.entries(schema)) {
    check(key, field);
    const known = fieldKeys.get(field);
    fieldKeys.set(field, known === undefined || known === key ? key : null);
  }
  return schema;
}

/** The state with every field at its default. */
export function defaultState<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema)) out[key] = field.default;
  return out as StateOf<S>;
}
