/**
 * Given starting weights, for a model built from a chapter's table or a reader's drag instead of
 * a random initializer: every parameter at once as one flat vector in the model's order, or
 * some of them by name. A matrix may be written as rows ([in][out], as printed) or flat
 * row-major. Everything is checked before anything is written, so a bad value leaves the
 * model as its initializer made it.
 */
import { RangeError_, requireFinite, ShapeError, UnknownNameError } from '../errors';
import type { ParameterInfo, ParameterSet } from '../tensor/parameters';
import { formatShape } from '../tensor/shape';

/** One parameter's values: flat (row-major), or rows for a matrix. */
export type InitialValue = ArrayLike<number> | readonly (readonly number[])[];

/** All parameters as one flat vector (in `params.describe()` order), or some of them by name. */
export type InitialValues = ArrayLike<number> | Readonly<Record<string, InitialValue | undefined>>;

function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** The values of one parameter, flattened row-major after checking shape and finiteness. */
function flatten(op: string, name: string, info: ParameterInfo, value: unknown): Float64Array {
  const shape = formatShape(info.shape);
  if (!isArrayLike(value)) {
    throw new RangeError_(op, `${name} must be an array of numbers, got ${typeof value === 'string' ? `"${value}"` : String(value)}`);
  }
  if (value.length > 0 && isArrayLike(value[0])) {
    if (info.shape.length !== 2) throw new ShapeError(op, `${name} is given as rows, but its shape is ${shape}: give a flat array`);
    const [rows, cols] = info.shape;
    if (value.length !== rows) throw new ShapeError(op, `${name} has ${value.length} rows, expected ${rows} (shape ${shape})`);
    const out = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const row = value[r];
      if (!isArrayLike(row) || row.length !== cols) {
        throw new ShapeError(op, `${name}[${r}] has ${isArrayLike(row) ? row.length : 'no'} entries, expected ${cols} (shape ${shape})`);
      }
      for (let c = 0; c < cols; c++) out[r * cols + c] = checkedNumber(op, `${name}[${r}][${c}]`, row[c]);
    }
    return out;
  }
  if (value.length !== info.size) throw new ShapeError(op, `${name} has ${value.length} values, expected ${info.size} (shape ${shape})`);
  const out = new Float64Array(info.size);
  for (let i = 0; i < info.size; i++) out[i] = checkedNumber(op, `${name}[${i}]`, value[i]);
  return out;
}

function checkedNumber(op: string, name: string, v: unknown): number {
  if (typeof v !== 'number') throw new RangeError_(op, `${name} must be a number, got ${typeof v === 'string' ? `"${v}"` : String(v)}`);
  return requireFinite(op, name, v);
}

/** Overwrites the parameters with `initial` (see InitialValues), or throws naming the bad value. */
export function setInitialValues(op: string, params: ParameterSet, initial: InitialValues): void {
  if (isArrayLike(initial)) {
    if (initial.length !== params.size) {
      throw new ShapeError(op, `initial has ${initial.length} values, the parameters have ${params.size} (${params.describe()})`);
    }
    const flat = new Float64Array(params.size);
    for (let i = 0; i < flat.length; i++) flat[i] = checkedNumber(op, `initial[${i}]`, initial[i]);
    params.values.set(flat);
    return;
  }
  if (initial === null || typeof initial !== 'object') {
    throw new RangeError_(op, `initial must be an array of numbers or an object of named parameters, got ${String(initial)}`);
  }
  const known = params.infos.map((i) => i.name);
  const writes: [ParameterInfo, Float64Array][] = [];
  for (const [name, value] of Object.entries(initial)) {
    const info = params.infos.find((i) => i.name === name);
    if (!info) throw new UnknownNameError(op, `unknown parameter "${name}" in initial (known: ${known.join(', ')})`);
    if (value !== undefined) writes.push([info, flatten(op, `initial.${name}`, info, value)]);
  }
  for (const [info, values] of writes) params.values.set(values, info.offset);
}
