/**
 * Typed expressions: precedence and associativity by value, errors that name the problem and
 * its position, limits, a variable used twice as one leaf whose gradient sums both uses, and
 * every gradient against central differences in float64.
 */
import { describe, expect, it } from 'vitest';
import { backward, expressionGraph, parseExpression, ParseError } from '../../src/core';

const valueOf = (text: string, values: Record<string, number> = {}): number => expressionGraph(parseExpression(text), values).root.data[0];

describe('parseExpression', () => {
  it('follows the usual precedence: ^ over unary minus over * and / over + and −, ^ to the right', () => {
    expect(valueOf('2 + 3 * 4')).toBe(14);
    expect(valueOf('(2 + 3) * 4')).toBe(20);
    expect(valueOf('-2^2')).toBe(-4);
    expect(valueOf('2^3^2')).toBe(512);
    expect(valueOf('2^-1')).toBe(0.5);
    expect(valueOf('8 / 4 / 2')).toBe(1);
    expect(valueOf('7 − 2 − 1')).toBe(4);
    expect(valueOf('3 · 2 × 2')).toBe(12);
    expect(valueOf('max(1, 2) + relu(-3) + abs(-1.5) + sqrt(9)')).toBe(6.5);
    expect(valueOf('x^(1/2)', { x: 16 })).toBe(4);
  });

  it('lists the variables in order of first appearance, once each', () => {
    expect(parseExpression('x*y + z').variables).toEqual(['x', 'y', 'z']);
    expect(parseExpression('w*x + b + w').variables).toEqual(['w', 'x', 'b']);
  });

  it('refuses what does not parse, naming the problem and where', () => {
    const bad: [string, RegExp][] = [
      ['', /expression: the expression is empty/],
      ['x +', /expected a number, a name or '\(', found at the end/],
      ['(x + 1', /expected '\)', found at the end/],
      ['x + 1)', /unexpected '\)' at position 6/],
      ['2x', /unexpected 'x' at position 2/],
      ['x $ y', /unexpected character '\$' at position 3/],
      ['sin(x)', /unknown function 'sin' at position 1; known: exp, log/],
      ['max(x)', /max takes 2 arguments, got 1/],
      ['exp + 1', /exp at position 1 is a function: write exp\(…\)/],
      ['x^y', /the exponent after '\^' at position 2 must be a constant number/],
      ['1e999', /the number 1e999 at position 1 is too large/],
      ['x'.repeat(201), /at most 200 characters, got 201/],
      ['a+b+c+d+e+f+g+h+i', /at most 8 variables/],
      ['('.repeat(30) + 'x' + ')'.repeat(30), /nested more than 24 deep/],
      [Array.from({ length: 40 }, () => '1').join('+'), /at most 60 operations and values/],
    ];
    for (const [text, message] of bad) {
      expect(() => parseExpression(text), text).toThrow(ParseError);
      expect(() => parseExpression(text), text).toThrow(message);
    }
    expect(() => expressionGraph(parseExpression('x + y'), { x: 1 })).toThrow(/variable y needs a finite value, got undefined/);
  });
});

describe('expressionGraph', () => {
  it('x·y + z at (−2, 5, −4): value −14, gradients (5, −2, 1)', () => {
    const { root, leaves } = expressionGraph(parseExpression('x*y + z'), { x: -2, y: 5, z: -4 });
    backward(root);
    expect(root.data[0]).toBe(-14);
    expect([leaves.x.grad?.[0], leaves.y.grad?.[0], leaves.z.grad?.[0]]).toEqual([5, -2, 1]);
  });

  it('a variable used twice is one leaf, its gradient the sum of both uses: d(x·x)/dx = 2x', () => {
    const { root, leaves } = expressionGraph(parseExpression('x * x'), { x: 3 });
    backward(root);
    expect(leaves.x.grad?.[0]).toBe(6);
  });

  it('every gradient matches central differences in float64', () => {
    const cases: [string, Record<string, number>][] = [
      ['sigmoid(w*x + b)', { w: 2, x: -1, b: -3 }],
      ['tanh(x)^2 - log(1 + exp(-y)) / sqrt(z)', { x: 0.3, y: -1.2, z: 2.5 }],
      ['max(x, y) * abs(x - 2*y) + relu(y - x)', { x: 0.7, y: 1.9 }],
      ['(x*y + z) * (x - 1/y)^3', { x: -0.4, y: 1.3, z: 0.8 }],
    ];
    for (const [text, at] of cases) {
      const e = parseExpression(text);
      const { root, leaves } = expressionGraph(e, at);
      backward(root);
      for (const name of e.variables) {
        const h = 1e-6;
        const fd = (valueOf(text, { ...at, [name]: at[name] + h }) - valueOf(text, { ...at, [name]: at[name] - h })) / (2 * h);
        expect(leaves[name].grad?.[0], `${text}, ∂/∂${name}`).toBeCloseTo(fd, 6);
      }
    }
  });
});
