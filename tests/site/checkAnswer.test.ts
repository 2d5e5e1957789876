import { describe, expect, it } from 'vitest';
import { checkAnswer, parseNumber, validateAnswerSpec } from '../../src/site/teaching/checkAnswer';

describe('parseNumber', () => {
  it.each([
    ['0.5', 0.5],
    ['.5', 0.5],
    [' -2 ', -2],
    ['\u22122', -2],
    ['1e-3', 0.001],
    ['0,25', 0.25],
    ['1/4', 0.25],
    ['-3 / 4', -0.75],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });
  it.each(['', '  ', 'abc', '0x10', '1/0', '1..2', '2 3'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe('checkAnswer', () => {
  const half = { check: 'number', value: 0.5, tolerance: 0.01 } as const;

  it('accepts a number within the tolerance, inclusive', () => {
    expect(checkAnswer(half, '0.5')).toBe('correct');
    expect(checkAnswer(half, '1/2')).toBe('correct');
    expect(checkAnswer(half, '0.509')).toBe('correct');
    expect(checkAnswer(half, '0.49')).toBe('correct'); // boundary: |0.49 - 0.5| is 0.01 plus float noise
  });
  it('rejects a number outside the tolerance', () => {
    expect(checkAnswer(half, '0.52')).toBe('incorrect');
    expect(checkAnswer(half, '-0.5')).toBe('incorrect');
  });
  it('uses a tiny default tolerance (exact up to float noise)', () => {
    expect(checkAnswer({ check: 'number', value: 0.3 }, '0.1')).toBe('incorrect');
    expect(checkAnswer({ check: 'number', value: 1 / 3 }, '1/3')).toBe('correct');
  });
  it('says "empty" rather than "incorrect" for nothing or a non-number', () => {
    expect(checkAnswer(half, undefined)).toBe('empty');
    expect(checkAnswer(half, '  ')).toBe('empty');
    expect(checkAnswer(half, 'half')).toBe('empty');
  });
  it('checks a multiple choice against the correct option', () => {
    const spec = { choices: ['too small', 'just right', 'too large'], correct: 'too large' };
    expect(checkAnswer(spec, 'too large')).toBe('correct');
    expect(checkAnswer(spec, 'too small')).toBe('incorrect');
    expect(checkAnswer(spec, undefined)).toBe('empty');
  });
});

describe('validateAnswerSpec', () => {
  it('catches authoring mistakes with a message naming the prop', () => {
    expect(() => validateAnswerSpec({ choices: ['a', 'b'], correct: 'c' })).toThrow(/correct="c" is not one of the choices: a, b/);
    expect(() => validateAnswerSpec({ choices: ['a'], correct: 'a' })).toThrow(/at least two choices/);
    expect(() => validateAnswerSpec({ check: 'number', value: Number.NaN })).toThrow(/finite number in value/);
    expect(() => validateAnswerSpec({ check: 'number', value: 1, tolerance: -1 })).toThrow(/tolerance must be >= 0/);
  });
});
