/** The graph stepper's trace: the engine's walk, the rules' numbers, the gradient checks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalSteps, traceGraph, walkAt, type GraphTrace } from '../../../src/widgets/graph/graphModel';
import { PRESETS } from '../../../src/widgets/graph/graphPresets';

function trace(text: string, values: number[]): GraphTrace {
  const r = traceGraph(text, values);
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}
const gradOf = (t: GraphTrace, name: string) => t.checks.find((c) => c.name === name)?.backprop;

describe('traceGraph', () => {
  it('x·y + z at (−2, 5, −4): f = −14, multiply swaps, add hands on', () => {
    const t = trace(PRESETS.product.text, [...PRESETS.product.values]);
    expect(t.output).toBe(-14);
    expect(t.nodes.map((n) => n.symbol)).toEqual(['x', 'y', '×', 'z', '+']);
    expect([gradOf(t, 'x'), gradOf(t, 'y'), gradOf(t, 'z')]).toEqual([5, -2, 1]);
    expect(t.frames.map((f) => f.rule)).toEqual(['start at the output', 'add hands the gradient on, unchanged, to each input', 'multiply swaps its inputs: each gets the gradient times the other input']);
    expect(t.frames[2].detail).toBe('n1 = × with upstream gradient g = 1. x gets g × y = 1 × 5 = 5; y gets g × x = 1 × −2 = −2.');
    expect(totalSteps(t)).toBe(5 + 3);
  });

  it('max routes: 2(x·y + max(z, w)) at (3, −4, 2, −1) sends nothing to w', () => {
    const t = trace(PRESETS.gates.text, [...PRESETS.gates.values]);
    expect(t.output).toBe(-20);
    expect([gradOf(t, 'x'), gradOf(t, 'y'), gradOf(t, 'z'), gradOf(t, 'w')]).toEqual([-8, 6, 2, 0]);
  });

  it('the sigmoid neuron: σ(2·(−1) + (−3)·(−2) − 3) = σ(1), gradients by hand', () => {
    const t = trace(PRESETS.neuron.text, [...PRESETS.neuron.values]);
    const s = 1 / (1 + Math.exp(-1));
    const d = s * (1 - s);
    expect(t.output).toBeCloseTo(s, 15);
    const [w0, x0, w1, x1] = PRESETS.neuron.values;
    expect(gradOf(t, 'w0')).toBeCloseTo(d * x0, 15);
    expect(gradOf(t, 'x0')).toBeCloseTo(d * w0, 15);
    expect(gradOf(t, 'w1')).toBeCloseTo(d * x1, 15);
    expect(gradOf(t, 'x1')).toBeCloseTo(d * w1, 15);
    expect(gradOf(t, 'b')).toBeCloseTo(d, 15);
  });

  it('a variable used twice sums what flows back along both uses', () => {
    const t = trace('x*x + log(x)', [2]);
    expect(gradOf(t, 'x')).toBeCloseTo(2 * 2 + 1 / 2, 14);
    expect(t.frames.at(-1)?.detail).toContain('x is both inputs, so it gets both shares: 4, added to the 0.5 it already had: 4.5');
    const net = trace(PRESETS.network.text, [...PRESETS.network.values]);
    expect(net.nodes.find((n) => n.name === 'x')?.uses).toBe(2);
  });

  it('every preset and random expressions: backprop agrees with central differences', () => {
    for (const p of Object.values(PRESETS)) {
      for (const c of trace(p.text, [...p.values]).checks) expect(c.relativeError, `${p.text} ∂/∂${c.name}`).toBeLessThan(1e-7);
    }
    const exprs = ['tanh(a*b) - a/b', 'exp(-(a - b)^2) * sqrt(a^2 + 1)', 'sigmoid(a) * relu(b + 3) + abs(a - 5)'];
    fc.assert(
      fc.property(fc.constantFrom(...exprs), fc.double({ min: 0.3, max: 2, noNaN: true }), fc.double({ min: 0.3, max: 2, noNaN: true }), (text, a, b) => {
        for (const c of trace(text, [a, b]).checks) expect(c.relativeError).toBeLessThan(1e-6);
      }),
      { numRuns: 60, seed: 6 },
    );
  });

  it('says what is wrong instead of throwing', () => {
    expect(traceGraph('x +', [])).toEqual({ ok: false, error: expect.stringMatching(/expected a number, a name or '\('/), variables: [], values: [] });
    // f is not finite, but the text parsed: the variables stay, so the reader can change them
    expect(traceGraph('log(x)', [-1])).toEqual({ ok: false, error: expect.stringMatching(/^f is NaN at these values/), variables: ['x'], values: [-1] });
    expect(traceGraph('eval(x)', [1])).toMatchObject({ ok: false, error: expect.stringMatching(/eval/) });
  });

  it('names why a routing rule sends what it sends: a tie in max goes to the first input, relu at 0 sends nothing', () => {
    expect(trace('max(x, y)', [1, 1]).frames.at(-1)?.detail).toBe('n1 = max with upstream gradient g = 1. x gets g = 1, as the first of two equal inputs; y gets nothing, as the second of two equal inputs.');
    expect(trace('relu(x)', [0]).frames.at(-1)?.detail).toBe('n1 = relu with upstream gradient g = 1. x gets nothing, since 0 ≤ 0.');
  });

  it('a variable with no value is 1', () => {
    expect(trace('a + b', [5]).values).toEqual([5, 1]);
  });
});

describe('walkAt', () => {
  it('fills values in forward order, then gradients frame by frame, and clamps', () => {
    const t = trace('x*y + z', [-2, 5, -4]);
    expect(walkAt(t, 0)).toMatchObject({ phase: 'start', computed: 0, frame: null });
    expect(walkAt(t, 3)).toMatchObject({ phase: 'forward', computed: 3, current: 2 });
    expect(walkAt(t, 6)).toMatchObject({ phase: 'backward', computed: 5, current: 4 });
    expect(walkAt(t, 6).frame?.grads).toEqual([null, null, null, null, 1]);
    expect(walkAt(t, 99)).toMatchObject({ phase: 'done' });
    expect(walkAt(t, 99).frame?.grads).toEqual([5, -2, 1, 1, 1]);
  });
});
