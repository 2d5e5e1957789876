import { describe, expect, it } from 'vitest';
import { checkAnswer, parseNumber, readNumber, validateAnswerSpec } from '../../src/site/teaching/checkAnswer';

describe('parseNumber', () => {
  it.each([
    ['0.5', 0.5],
    ['.5', 0.5],
    [' -2 ', -2],
    ['\u22122', -2],
    ['1e-3', 0.001],
    ['1/4', 0.25],
    ['-3 / 4', -0.75],
    // As the book prints numbers: thousands separators, and powers of ten.
    ['23,860', 23860],
    ['100,000', 100000],
    ['2,508', 2508],
    ['1,234,567.5', 1234567.5],
    ['23 860', 23860],
    ['23\u202f860', 23860],
    ['1e5', 1e5],
    ['10^5', 1e5],
    ['10⁵', 1e5],
    ['10⁻³', 1e-3],
    ['2.5 × 10^3', 2500],
    ['2.5 x 10⁻²', 0.025],
    ['23,860 / 2', 11930],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });
  it.each(['', '  ', 'abc', '0x10', '1/0', '1..2', '2 3', '1/2/3', '12,34', '1,2345'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
  it('never reads an English comma as a decimal point, and says so', () => {
    for (const text of ['0,0816', '0,25', '2,50']) {
      const r = readNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/comma here separates thousands/);
    }
  });
  it('names what it could not read', () => {
    const r = readNumber('twelve');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('“twelve”');
  });
});

describe('checkAnswer', () => {
  const half = { check: 'number', value: 0.5, tolerance: 0.01 } as const;

  it('accepts a number within the tolerance, inclusive', () => {
    expect(checkAnswer(half, '0.5')).toEqual({ kind: 'correct' });
    expect(checkAnswer(half, '1/2')).toEqual({ kind: 'correct' });
    expect(checkAnswer(half, '0.509')).toEqual({ kind: 'correct' });
    expect(checkAnswer(half, '0.49')).toEqual({ kind: 'correct' }); // boundary: |0.49 - 0.5| is 0.01 plus float noise
  });
  it('rejects a number outside the tolerance', () => {
    expect(checkAnswer(half, '0.52')).toEqual({ kind: 'incorrect' });
    expect(checkAnswer(half, '-0.5')).toEqual({ kind: 'incorrect' });
  });
  it('uses a tiny default tolerance (exact up to float noise)', () => {
    expect(checkAnswer({ check: 'number', value: 0.3 }, '0.1')).toEqual({ kind: 'incorrect' });
    expect(checkAnswer({ check: 'number', value: 1 / 3 }, '1/3')).toEqual({ kind: 'correct' });
  });
  it('says "empty" rather than "incorrect" for nothing or a non-number', () => {
    expect(checkAnswer(half, undefined)).toEqual({ kind: 'empty' });
    expect(checkAnswer(half, '  ')).toEqual({ kind: 'empty' });
    expect(checkAnswer(half, 'half')).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('“half”') });
  });
  it('accepts the book’s own ways of writing a number', () => {
    expect(checkAnswer({ check: 'number', value: 23860, tolerance: 0 }, '23,860')).toEqual({ kind: 'correct' });
    expect(checkAnswer({ check: 'number', value: 1e5, tolerance: 0 }, '10^5')).toEqual({ kind: 'correct' });
    expect(checkAnswer({ check: 'number', value: 1e5, tolerance: 0 }, '100 000')).toEqual({ kind: 'correct' });
  });
  it('an accepted interval for a bound: 1/3 accepts 0.333 and 1/3, never the unstable 0.334', () => {
    const bound = { check: 'number', value: 1 / 3, accept: [1 / 3 - 0.0005, 1 / 3] } as const;
    expect(checkAnswer(bound, '0.333')).toEqual({ kind: 'correct' });
    expect(checkAnswer(bound, '1/3')).toEqual({ kind: 'correct' });
    expect(checkAnswer(bound, '0.3333')).toEqual({ kind: 'correct' });
    expect(checkAnswer(bound, '0.334')).toEqual({ kind: 'incorrect' });
    expect(checkAnswer(bound, '0.3334')).toEqual({ kind: 'incorrect' });
    expect(checkAnswer(bound, '0.332')).toEqual({ kind: 'incorrect' });
  });
  it('checks a multiple choice against the correct option', () => {
    const spec = { choices: ['too small', 'just right', 'too large'], correct: 'too large' };
    expect(checkAnswer(spec, 'too large')).toEqual({ kind: 'correct' });
    expect(checkAnswer(spec, 'too small')).toEqual({ kind: 'incorrect' });
    expect(checkAnswer(spec, undefined)).toEqual({ kind: 'empty' });
  });
});

describe('validateAnswerSpec', () => {
  it('catches authoring mistakes with a message naming the prop', () => {
    expect(() => validateAnswerSpec({ choices: ['a', 'b'], correct: 'c' })).toThrow(/correct="c" is not one of the choices: a, b/);
    expect(() => validateAnswerSpec({ choices: ['a'], correct: 'a' })).toThrow(/at least two choices/);
    expect(() => validateAnswerSpec({ check: 'number', value: Number.NaN })).toThrow(/finite number in value/);
    expect(() => validateAnswerSpec({ check: 'number', value: 1, tolerance: -1 })).toThrow(/tolerance must be >= 0/);
    expect(() => validateAnswerSpec({ check: 'number', value: 1, accept: [2, 3] })).toThrow(/accept=\[2, 3\] must contain value 1/);
    expect(() => validateAnswerSpec({ check: 'number', value: 1, tolerance: 0.1, accept: [0, 2] })).toThrow(/not both/);
  });
});
