import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { applyPatch, decode, encode } from '../../src/widgets/state/codec';
import { roundSignificant } from '../../src/widgets/state/numbers';
import { fromQuery, toQuery } from '../../src/widgets/state/query';
import { type StateOf, type Vec2, defaultState, defineSchema } from '../../src/widgets/state/schema';
import { sampleSchema as schema } from './sampleSchema';

type Sample = StateOf<typeof schema>;

// A valid state is a canonical one: numbers at 6 significant digits (what set() and decode()
// produce), whole numbers and seeds exact.
const canonical = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((v) => roundSignificant(v));
const point = fc.tuple(canonical(-5, 5), canonical(-5, 5)).map(([x, y]): Vec2 => [x, y]);
const validState: fc.Arbitrary<Sample> = fc.record({
  m: canonical(-10, 10),
  lr: canonical(1e-4, 10),
  n: fc.integer({ min: 1, max: 5000 }),
  opt: fc.constantFrom('sgd' as const, 'momentum' as const, 'adam' as const),
  grid: fc.boolean(),
  pts: fc.array(point, { maxLength: 20 }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  ws: fc.array(canonical(-10, 10), { minLength: 1, maxLength: 8 }),
  widths: fc.array(fc.integer({ min: 1, max: 32 }), { maxLength: 6 }),
  // eslint-disable-next-line no-control-regex -- valid text is text without control characters
  expr: fc.string({ maxLength: 40 }).map((t) => t.replace(/[\u0000-\u001f\u007f]/g, ' ')),
});

describe('schema types', () => {
  it('maps fields to typed values, enums to their union', () => {
    expectTypeOf<Sample['opt']>().toEqualTypeOf<'sgd' | 'momentum' | 'adam'>();
    expectTypeOf<Sample['m']>().toEqualTypeOf<number>();
    expectTypeOf<Sample['grid']>().toEqualTypeOf<boolean>();
    expectTypeOf<Sample['pts']>().toEqualTypeOf<readonly Vec2[]>();
    expectTypeOf<Sample['ws']>().toEqualTypeOf<readonly number[]>();
    expectTypeOf<Sample['expr']>().toEqualTypeOf<string>();
  });

  it('refuses a schema whose default is outside its range', () => {
    expect(() => defineSchema({ m: { kind: 'number', min: 0, max: 1, default: 2, label: 'm' } })).toThrow(/default 2 is outside \[0, 1\]/);
    expect(() => defineSchema({ lr: { kind: 'number', min: 0, max: 1, default: 0.5, log: true, label: 'lr' } })).toThrow(/min must be > 0/);
    expect(() => defineSchema({ 'a.b': { kind: 'boolean', default: true, label: 'x' } })).toThrow(/URL key/);
  });
});

describe('encode / decode', () => {
  it('round-trips every valid state exactly, without problems', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const { state, problems } = decode(schema, encode(schema, s));
        expect(state).toEqual(s);
        expect(problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips through a page query with a prefix', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const params = new URLSearchParams(`page=2&${toQuery('fit.', schema, s)}`);
        expect(fromQuery('fit.', schema, params)).toEqual({ state: s, problems: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('writes compact text: 6 significant digits, points as x,y;x,y', () => {
    const s: Sample = { ...defaultState(schema), m: 0.1234567, pts: [[1.5, -2], [0.1, 3]] };
    const e = encode(schema, s);
    expect(e.m).toBe('0.123457');
    expect(e.pts).toBe('1.5,-2;0.1,3');
    expect(e.grid).toBe('1');
    expect(e.seed).toBe('1');
    expect(toQuery('fit.', schema, s)).toContain('fit.pts=1.5,-2;0.1,3');
  });

  it('uses defaults for missing keys, silently', () => {
    expect(decode(schema, {})).toEqual({ state: defaultState(schema), problems: [] });
  });

  it('clamps out-of-range numbers and says so', () => {
    const { state, problems } = decode(schema, { m: '99', lr: '1e-9' });
    expect(state.m).toBe(10);
    expect(state.lr).toBe(1e-4);
    expect(problems).toEqual(['m = 99 is above the maximum 10; using 10', 'lr = 1e-9 is below the minimum 0.0001; using 0.0001']);
  });

  it('replaces NaN and garbage with the default and says so', () => {
    const { state, problems } = decode(schema, { m: 'NaN', n: 'abc', lr: '', seed: '0x10' });
    expect(state).toMatchObject({ m: 0.5, n: 100, lr: 0.01, seed: 1 });
    expect(problems).toEqual([
      'm = "NaN" is not a number; using 0.5',
      'lr = "" is not a number; using 0.01',
      'n = "abc" is not a number; using 100',
      'seed = "0x10" is not a seed (a whole number ≥ 0); using 1',
    ]);
  });

  it('rounds whole-number fields and keeps seeds in [0, 2^32)', () => {
    expect(decode(schema, { n: '2.5' })).toMatchObject({ state: { n: 3 }, problems: ['n = 2.5 is not a whole number; using 3'] });
    expect(decode(schema, { seed: '-5' }).problems).toEqual(['seed = -5 is below the minimum 0; using 0']);
    expect(decode(schema, { seed: '4294967296' }).state.seed).toBe(4294967295);
    // The bound is printed exactly, not at 6 significant digits ("the maximum 4294970000").
    expect(decode(schema, { seed: '4294967296' }).problems).toEqual(['seed = 4294967296 is above the maximum 4294967295; using 4294967295']);
    expect(decode(schema, { seed: '4294967295' })).toMatchObject({ state: { seed: 4294967295 }, problems: [] });
  });

  it('rejects an unknown enum value', () => {
    const { state, problems } = decode(schema, { opt: 'adm' });
    expect(state.opt).toBe('sgd');
    expect(problems).toEqual(['opt = "adm" is not one of sgd, momentum, adam; using sgd']);
  });

  it('reads booleans as 1/0, true/false, and a bare attribute as true', () => {
    expect(decode(schema, { grid: '0' }).state.grid).toBe(false);
    expect(decode(schema, { grid: 'true' }).state.grid).toBe(true);
    expect(decode(schema, { grid: '' }).state.grid).toBe(true);
    expect(decode(schema, { grid: 'maybe' })).toMatchObject({ state: { grid: true }, problems: ['grid = "maybe" is not 1 or 0; using 1'] });
  });

  it('drops garbage points and keeps the good ones', () => {
    const { state, problems } = decode(schema, { pts: '1,2;a,b;3;4,5,6;;-1,0.5;' });
    expect(state.pts).toEqual([
      [1, 2],
      [-1, 0.5],
    ]);
    expect(problems).toEqual(['pts: dropped 3 entries that are not an "x,y" pair of numbers ("a,b", "3", "4,5,6")']);
  });

  it('moves points outside the box inside it', () => {
    const { state, problems } = decode(schema, { pts: '9,0;0,-7;1,1' });
    expect(state.pts).toEqual([
      [5, 0],
      [0, -5],
      [1, 1],
    ]);
    expect(problems).toEqual(['pts: moved 2 points inside x ∈ [-5, 5], y ∈ [-5, 5]']);
  });

  it('keeps the first maxCount points', () => {
    const raw = Array.from({ length: 25 }, (_, i) => `${i / 10},0`).join(';');
    const { state, problems } = decode(schema, { pts: raw });
    expect(state.pts).toHaveLength(20);
    expect(state.pts[19]).toEqual([1.9, 0]);
    expect(problems).toEqual(['pts: 25 points is more than the maximum 20; using the first 20']);
  });

  it('uses the default when fewer than minCount points survive', () => {
    const s = defineSchema({ d: { kind: 'points', default: [[0, 0], [1, 1]], x: [0, 1], y: [0, 1], maxCount: 5, minCount: 2, label: 'd' } });
    expect(decode(s, { d: '0.5,0.5;x' })).toEqual({
      state: { d: [[0, 0], [1, 1]] },
      problems: ['d: dropped 1 entry that is not an "x,y" pair of numbers ("x")', 'd: 1 point is fewer than the minimum 2; using the default'],
    });
  });

  it('accepts the empty data set', () => {
    expect(decode(schema, { pts: '' })).toEqual({ state: { ...defaultState(schema), pts: [] }, problems: [] });
  });
});

describe('lists of numbers and text', () => {
  it('repairs a list value by value and by count, one sentence per kind of repair', () => {
    const { state, problems } = decode(schema, { ws: '1,abc,99,-20,2', widths: '3.4,40,2,2,2,2,2,2' });
    expect(state.ws).toEqual([1, 10, -10, 2]);
    expect(state.widths).toEqual([3, 32, 2, 2, 2, 2]);
    expect(problems).toEqual([
      'ws: dropped 1 entry that is not a number ("abc")',
      'ws: 2 values outside [-10, 10]; using the nearest allowed values',
      'widths: 2 values not whole numbers in [1, 32]; using the nearest allowed values',
      'widths: 8 values is more than the maximum 6; using the first 6',
    ]);
  });

  it('falls back to the default list below minCount, and takes the empty list where allowed', () => {
    expect(decode(schema, { ws: '', widths: '' }).state).toMatchObject({ ws: [1, -2.5], widths: [] });
    expect(decode(schema, { ws: '' }).problems).toEqual(['ws: 0 values is fewer than the minimum 1; using the default']);
  });

  it('cuts text at maxLength and turns control characters into spaces', () => {
    const { state, problems } = decode(schema, { expr: `a\nb${'x'.repeat(50)}` });
    expect(state.expr).toBe(`a b${'x'.repeat(37)}`);
    expect(problems).toEqual(['expr is 53 characters long, more than the maximum 40; using the first 40']);
  });

  it('checks values set from code like values from a link', () => {
    const s = defaultState(schema);
    expect(applyPatch(schema, s, { ws: [NaN, 3] }).state.ws).toEqual([3]);
    expect(applyPatch(schema, s, { expr: 'relu(x)' }).state.expr).toBe('relu(x)');
    expect(applyPatch(schema, s, { expr: 5 as unknown as string }).problems).toEqual(['expr is not text; keeping the current text']);
  });

  it('refuses a list schema whose default breaks its own rules', () => {
    expect(() => defineSchema({ v: { kind: 'numbers', default: [20], min: 0, max: 1, minCount: 1, maxCount: 2, label: 'v' } })).toThrow(/default value 20/);
    expect(() => defineSchema({ v: { kind: 'text', default: 'long', maxLength: 2, label: 'v' } })).toThrow(/longer than maxLength/);
    expect(() => defineSchema({ v: { kind: 'numbers', default: [1, 2], min: 0, max: 3, minCount: 0, maxCount: 6, group: 3, label: 'v' } })).toThrow(/whole groups of 3/);
  });

  it('keeps grouped values in whole groups, dropping an incomplete last one with a message', () => {
    const grouped = defineSchema({ xyt: { kind: 'numbers', default: [], min: -2, max: 2, minCount: 0, maxCount: 6, group: 3, label: 'Points' } });
    const r = fromQuery('g', grouped, new URLSearchParams('g.xyt=0.5,1,-1,0.25,0.3'));
    expect(r.state.xyt).toEqual([0.5, 1, -1]);
    expect(r.problems).toEqual(['xyt: values come in groups of 3; dropped the last 2 values, an incomplete group']);
    expect(applyPatch(grouped, r.state, { xyt: [1, 1, 1, 2] }).state.xyt).toEqual([1, 1, 1]);
  });
});

describe('fromQuery', () => {
  it("reads only this widget's prefix and ignores other widgets' keys", () => {
    const params = new URLSearchParams('fit.m=2&other.m=9&m=7&fitm=3&fit.opt=adam&chapter=3');
    const { state, problems } = fromQuery('fit.', schema, params);
    expect(state).toEqual({ ...defaultState(schema), m: 2, opt: 'adam' });
    expect(problems).toEqual([]);
  });

  it('takes the widget id or the dotted prefix alike', () => {
    const params = new URLSearchParams('fit.m=2&fitm=3');
    expect(fromQuery('fit', schema, params)).toEqual(fromQuery('fit.', schema, params));
    expect(toQuery('fit', schema, defaultState(schema))).toBe(toQuery('fit.', schema, defaultState(schema)));
    expect(toQuery('fit', schema, defaultState(schema))).toMatch(/^fit\.m=0\.5&fit\.lr=0\.01&/);
  });

  it('reports a key with the prefix that is not a field (a typo in a link)', () => {
    expect(fromQuery('fit.', schema, new URLSearchParams('fit.mm=2')).problems).toEqual(['"mm" is not a setting of this widget; ignored']);
  });

  it('reports keys that an object would swallow: __proto__, constructor', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const { state, problems } = fromQuery('fit.', schema, new URLSearchParams(`fit.${key}=1`));
      expect(problems).toEqual([`"${key}" is not a setting of this widget; ignored`]);
      expect(state).toEqual(defaultState(schema));
    }
  });
});

describe('applyPatch (what set() does)', () => {
  const current = defaultState(schema);

  it('clamps and rounds like decoding', () => {
    const { state, problems } = applyPatch(schema, current, { m: 12.3456789, n: 7.4 });
    expect(state).toMatchObject({ m: 10, n: 7 });
    expect(problems).toEqual(['m = 12.3457 is above the maximum 10; using 10', 'n = 7.4 is not a whole number; using 7']);
  });

  it('keeps the current value for NaN and unknown enum values', () => {
    const bad = { m: NaN, opt: 'nope' } as unknown as Partial<Sample>; // what untyped callers could pass
    const { state, problems } = applyPatch(schema, current, bad);
    expect(state).toEqual(current);
    expect(problems).toEqual(['m = NaN is not a finite number; keeping 0.5', 'opt = "nope" is not one of sgd, momentum, adam; keeping sgd']);
  });

  it('canonicalizes values so that what is shared is what is shown', () => {
    const { state } = applyPatch(schema, current, { m: 0.1 + 0.2, pts: [[1 / 3, 2 / 3]] });
    expect(state.m).toBe(0.3);
    expect(state.pts).toEqual([[0.333333, 0.666667]]);
  });
});
