/**
 * State ↔ text, driven by the schema. Text comes from places a reader can edit (a link, an embed
 * attribute), so decoding never throws: a missing value becomes the default, a bad one becomes
 * the default or the nearest allowed value, and every such repair is reported as a sentence the
 * widget shows ("m = 99 is above the maximum 10; using 10"). Changes made in code (`set()`)
 * pass through the same checks, so a state is always valid and always canonical:
 * `decode(schema, encode(schema, s)).state` deep-equals `s`.
 *
 * Canonical numbers: 6 significant digits (whole numbers and seeds exactly), −0 as 0.
 */
import { formatCompact, parseDecimal, quote, roundSignificant } from './numbers';
import {
  type BooleanField,
  type EnumField,
  type Field,
  type NumberField,
  type NumbersField,
  type Patch,
  type PointsField,
  type Schema,
  SEED_LIMIT,
  type SeedField,
  type StateOf,
  type TextField,
  type Vec2,
} from './schema';

/** A decoded state and the repairs made on the way. */
export interface Decoded<S extends Schema> {
  readonly state: StateOf<S>;
  /** One sentence per rejected or adjusted value, in schema order. */
  readonly problems: string[];
}

/** Text input as it arrives: a missing key is null or undefined. */
/** Field texts by key. A Map for keys from outside (a link can say `__proto__=1`, which an
 *  object would swallow as its prototype); a plain object for keys the code chose. */
export type RawRecord = ReadonlyMap<string, string | null | undefined> | Readonly<Record<string, string | null | undefined>>;

const asMap = (record: RawRecord): ReadonlyMap<string, string | null | undefined> =>
  record instanceof Map ? record : new Map(Object.entries(record));

interface FieldResult<T> {
  value: T;
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** One field's value as link text: "0.5", "adam", "1", "2,3;4,5". */
export function encodeValue(field: Field, value: unknown): string {
  switch (field.kind) {
    case 'number':
      return formatCompact(value as number);
    case 'seed':
      return String(value as number);
    case 'enum':
      return value as string;
    case 'boolean':
      return value ? '1' : '0';
    case 'points':
      return (value as readonly Vec2[]).map(([x, y]) => `${formatCompact(x)},${formatCompact(y)}`).join(';');
    case 'numbers':
      return (value as readonly number[]).map(formatCompact).join(',');
    case 'text':
      return value as string;
  }
}

/** Every field as text, keyed by field name (all fields, so a link survives new defaults). */
export function encode<S extends Schema>(schema: S, state: StateOf<S>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(schema)) {
    out[key] = encodeValue(field, (state as Readonly<Record<string, unknown>>)[key]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers: shared by decoding (text) and patching (values from code)

/**
 * Whole-number rounding, then range: `shown` is how the input is quoted in messages.
 * Bounds are compared at the precision a link carries, so a canonical value at a bound that is
 * itself not canonical (max = 1/3) reads back without a complaint.
 */
function fitNumber(key: string, field: NumberField | SeedField, x: number, shown: string): FieldResult<number> {
  const problems: string[] = [];
  const whole = field.kind === 'seed' || field.integer === true;
  const min = field.kind === 'seed' ? 0 : field.min;
  const max = field.kind === 'seed' ? SEED_LIMIT - 1 : field.max;
  let v = x;
  if (whole && !Number.isInteger(v)) {
    v = Math.round(v);
    problems.push(`${key} = ${shown} is not a whole number; using ${v}`);
    shown = String(v);
  }
  const canonical = whole ? v : roundSignificant(v);
  // Bounds are printed exactly (String, not 6 significant digits): "the maximum 4294967295",
  // never "4294970000", which is not the value used.
  if (canonical > (whole ? max : roundSignificant(max))) {
    problems.push(`${key} = ${shown} is above the maximum ${String(max)}; using ${String(max)}`);
  } else if (canonical < (whole ? min : roundSignificant(min))) {
    problems.push(`${key} = ${shown} is below the minimum ${String(min)}; using ${String(min)}`);
  }
  return { value: Math.min(max, Math.max(min, canonical)), problems };
}

function decodeNumber(key: string, field: NumberField | SeedField, raw: string): FieldResult<number> {
  const x = parseDecimal(raw);
  if (x === null) {
    const what = field.kind === 'seed' ? 'a seed (a whole number ≥ 0)' : 'a number';
    return { value: field.default, problems: [`${key} = "${quote(raw)}" is not ${what}; using ${formatCompact(field.default)}`] };
  }
  return fitNumber(key, field, x, quote(raw));
}

// ---------------------------------------------------------------------------------------------
// Enums and booleans

function decodeEnum(key: string, field: EnumField, raw: string): FieldResult<string> {
  if (field.values.includes(raw)) return { value: raw, problems: [] };
  return {
    value: field.default,
    problems: [`${key} = "${quote(raw)}" is not one of ${field.values.join(', ')}; using ${field.default}`],
  };
}

// "" is true: an HTML boolean attribute written bare (<descent-fit grid>) means on.
const TRUE_TEXT = new Set(['', '1', 'true', 'on', 'yes']);
const FALSE_TEXT = new Set(['0', 'false', 'off', 'no']);

function decodeBoolean(key: string, field: BooleanField, raw: string): FieldResult<boolean> {
  const t = raw.trim().toLowerCase();
  if (TRUE_TEXT.has(t)) return { value: true, problems: [] };
  if (FALSE_TEXT.has(t)) return { value: false, problems: [] };
  const fallback = field.default ? '1' : '0';
  return { value: field.default, problems: [`${key} = "${quote(raw)}" is not 1 or 0; using ${fallback}`] };
}

// ---------------------------------------------------------------------------------------------
// Points: parsed pairs (or pairs from code) are clamped into the box, cut to maxCount, checked
// against minCount. Repairs are counted, not listed one by one: a pasted data set of 500 bad
// points should give three sentences, not 500.

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fitPoints(key: string, field: PointsField, candidates: readonly Vec2[], rejected: readonly string[]): FieldResult<readonly Vec2[]> {
  const problems: string[] = [];
  if (rejected.length > 0) {
    const examples = rejected.slice(0, 3).map((r) => `"${quote(r)}"`).join(', ');
    problems.push(`${key}: dropped ${plural(rejected.length, 'entry', 'entries')} that ${rejected.length === 1 ? 'is' : 'are'} not an "x,y" pair of numbers (${examples}${rejected.length > 3 ? ', …' : ''})`);
  }
  const [x0, x1] = field.x, [y0, y1] = field.y;
  let moved = 0;
  const inside = candidates.map(([x, y]): Vec2 => {
    const cx = Math.min(x1, Math.max(x0, roundSignificant(x)));
    const cy = Math.min(y1, Math.max(y0, roundSignificant(y)));
    // Compared at link precision, as numbers are (see fitNumber).
    if (roundSignificant(cx) !== roundSignificant(x) || roundSignificant(cy) !== roundSignificant(y)) moved++;
    return [cx, cy];
  });
  if (moved > 0) {
    problems.push(
      `${key}: moved ${plural(moved, 'point')} inside x ∈ [${formatCompact(x0)}, ${formatCompact(x1)}], y ∈ [${formatCompact(y0)}, ${formatCompact(y1)}]`,
    );
  }
  let points: readonly Vec2[] = inside;
  if (points.length > field.maxCount) {
    problems.push(`${key}: ${plural(points.length, 'point')} is more than the maximum ${field.maxCount}; using the first ${field.maxCount}`);
    points = points.slice(0, field.maxCount);
  }
  const minCount = field.minCount ?? 0;
  if (points.length < minCount) {
    problems.push(`${key}: ${plural(points.length, 'point')} is fewer than the minimum ${minCount}; using the default`);
    points = field.default;
  }
  return { value: points, problems };
}

function decodePoints(key: string, field: PointsField, raw: string): FieldResult<readonly Vec2[]> {
  const candidates: Vec2[] = [];
  const rejected: string[] = [];
  for (const entry of raw.split(';')) {
    if (entry.trim() === '') continue; // tolerate "1,2;" and the empty set ""
    const parts = entry.split(',');
    const x = parts.length === 2 ? parseDecimal(parts[0]) : null;
    const y = parts.length === 2 ? parseDecimal(parts[1]) : null;
    if (x === null || y === null) rejected.push(entry);
    else candidates.push([x, y]);
  }
  return fitPoints(key, field, candidates, rejected);
}

// ---------------------------------------------------------------------------------------------
// Lists of numbers: each value fitted as a number field would fit it, the count checked; one
// sentence per kind of repair, as for points.

function fitNumbers(key: string, field: NumbersField, candidates: readonly number[], rejected: readonly string[]): FieldResult<readonly number[]> {
  const problems: string[] = [];
  if (rejected.length > 0) {
    const examples = rejected.slice(0, 3).map((r) => `"${quote(r)}"`).join(', ');
    problems.push(`${key}: dropped ${plural(rejected.length, 'entry', 'entries')} that ${rejected.length === 1 ? 'is' : 'are'} not a number (${examples}${rejected.length > 3 ? ', …' : ''})`);
  }
  const element: NumberField = { kind: 'number', min: field.min, max: field.max, default: field.min, integer: field.integer, label: field.label };
  let repaired = 0;
  let values = candidates.map((x) => {
    const r = fitNumber(key, element, x, formatCompact(x));
    if (r.problems.length > 0) repaired++;
    return r.value;
  });
  if (repaired > 0) {
    const allowed = `${field.integer ? 'not whole numbers in' : 'outside'} [${formatCompact(field.min)}, ${formatCompact(field.max)}]`;
    problems.push(`${key}: ${plural(repaired, 'value')} ${allowed}; using the nearest allowed ${repaired === 1 ? 'value' : 'values'}`);
  }
  if (values.length > field.maxCount) {
    problems.push(`${key}: ${plural(values.length, 'value')} is more than the maximum ${field.maxCount}; using the first ${field.maxCount}`);
    values = values.slice(0, field.maxCount);
  }
  const group = field.group ?? 1, partial = values.length % group;
  if (partial > 0) {
    problems.push(`${key}: values come in groups of ${group}; dropped the last ${plural(partial, 'value')}, an incomplete group`);
    values = values.slice(0, values.length - partial);
  }
  if (values.length < field.minCount) {
    problems.push(`${key}: ${plural(values.length, 'value')} is fewer than the minimum ${field.minCount}; using the default`);
    values = [...field.default];
  }
  return { value: values, problems };
}

function decodeNumbers(key: string, field: NumbersField, raw: string): FieldResult<readonly number[]> {
  const candidates: number[] = [];
  const rejected: string[] = [];
  for (const entry of raw.split(',')) {
    if (entry.trim() === '' && raw.trim() === '') continue; // "" is the empty list
    const x = parseDecimal(entry);
    if (x === null) rejected.push(entry);
    else candidates.push(x);
  }
  return fitNumbers(key, field, candidates, rejected);
}

// ---------------------------------------------------------------------------------------------
// Text: control characters (a pasted newline) become spaces; too long is cut, with a message.

function fitText(key: string, field: TextField, raw: string): FieldResult<string> {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (clean.length <= field.maxLength) return { value: clean, problems: [] };
  return { value: clean.slice(0, field.maxLength), problems: [`${key} is ${clean.length} characters long, more than the maximum ${field.maxLength}; using the first ${field.maxLength}`] };
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** One field from its text; a missing value (null/undefined) is the default, silently. */
export function decodeValue(key: string, field: Field, raw: string | null | undefined): FieldResult<unknown> {
  if (raw === null || raw === undefined) return { value: field.default, problems: [] };
  switch (field.kind) {
    case 'number':
    case 'seed':
      return decodeNumber(key, field, raw);
    case 'enum':
      return decodeEnum(key, field, raw);
    case 'boolean':
      return decodeBoolean(key, field, raw);
    case 'points':
      return decodePoints(key, field, raw);
    case 'numbers':
      return decodeNumbers(key, field, raw);
    case 'text':
      return fitText(key, field, raw);
  }
}

export interface DecodeOptions {
  /** Report keys in the record that are not fields (a typo in a link). Default false. */
  reportUnknown?: boolean;
}

/** A full state from text. Never throws; see the module comment for the repairs. */
export function decode<S extends Schema>(schema: S, record: RawRecord, options: DecodeOptions = {}): Decoded<S> {
  const state: Record<string, unknown> = {};
  const problems: string[] = [];
  const texts = asMap(record);
  for (const [key, field] of Object.entries(schema)) {
    const r = decodeValue(key, field, texts.get(key));
    state[key] = r.value;
    problems.push(...r.problems);
  }
  if (options.reportUnknown) {
    for (const key of texts.keys()) {
      if (!Object.hasOwn(schema, key)) problems.push(`"${quote(key)}" is not a setting of this widget; ignored`);
    }
  }
  return { state: state as StateOf<S>, problems };
}

// ---------------------------------------------------------------------------------------------
// Patching: values from code, checked like text

function isVec2(p: unknown): p is Vec2 {
  return Array.isArray(p) && p.length === 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function patchValue(key: string, field: Field, value: unknown, current: unknown): FieldResult<unknown> {
  switch (field.kind) {
    case 'number':
    case 'seed':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { value: current, problems: [`${key} = ${quote(String(value))} is not a finite number; keeping ${formatCompact(current as number)}`] };
      }
      return fitNumber(key, field, value, formatCompact(value));
    case 'enum':
      if (typeof value === 'string' && field.values.includes(value)) return { value, problems: [] };
      return { value: current, problems: [`${key} = "${quote(String(value))}" is not one of ${field.values.join(', ')}; keeping ${String(current)}`] };
    case 'boolean':
      if (typeof value === 'boolean') return { value, problems: [] };
      return { value: current, problems: [`${key} = ${quote(String(value))} is not true or false; keeping ${String(current)}`] };
    case 'points': {
      if (!Array.isArray(value)) return { value: current, problems: [`${key} is not a list of points; keeping the current points`] };
      const list: readonly unknown[] = value;
      const good = list.filter(isVec2);
      const bad = list.filter((p) => !isVec2(p)).map((p) => String(p));
      return fitPoints(key, field, good, bad);
    }
    case 'numbers': {
      if (!Array.isArray(value)) return { value: current, problems: [`${key} is not a list of numbers; keeping the current values`] };
      const list: readonly unknown[] = value;
      const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
      return fitNumbers(key, field, list.filter(isNumber), list.filter((x) => !isNumber(x)).map((x) => String(x)));
    }
    case 'text':
      if (typeof value !== 'string') return { value: current, problems: [`${key} is not text; keeping the current text`] };
      return fitText(key, field, value);
  }
}

/**
 * `current` with `patch` applied, each patched value checked as decoding would check it.
 * An unusable value (NaN, an unknown enum value) keeps the current value; an out-of-range one
 * is clamped. Keys that are not fields are reported and ignored.
 */
export function applyPatch<S extends Schema>(schema: S, current: StateOf<S>, patch: Patch<S>): Decoded<S> {
  const state: Record<string, unknown> = { ...current };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(schema, key)) {
      problems.push(`"${quote(key)}" is not a setting of this widget; ignored`);
      continue;
    }
    if (value === undefined) continue; // Partial<> allows explicit undefined: "no change"
    const r = patchValue(key, schema[key], value, state[key]);
    state[key] = r.value;
    problems.push(...r.problems);
  }
  return { state: state as StateOf<S>, problems };
}
