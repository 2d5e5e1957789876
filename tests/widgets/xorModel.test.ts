/**
 * The XOR widget's small math: the neuron's output and loss against values worked by hand, no
 * line getting all four points right (a seeded property test over random lines, and the
 * exhaustive search giving 3), the half-planes and handles that draw and drag the line, and the
 * hidden-space picture keeping the output unit's decision.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core';
import { runTaskSync } from '../../src/worker/registry';
import {
  bestLineCount, countRight, halfPlane, handlesOnLine, hiddenView, lineHandles, lineThrough, networkAt, neuronLoss, neuronOutput, neuronRight, snapshotWeights, trainingInput, XOR_DATA,
} from '../../src/widgets/xor/xorModel';
import { neuronSentence, outcomeSentence } from '../../src/widgets/xor/xorText';

const area = (poly: readonly (readonly [number, number])[]) => Math.abs(poly.reduce((s, [x, y], i) => {
  const [x2, y2] = poly[(i + 1) % poly.length];
  return s + x * y2 - x2 * y;
}, 0)) / 2;

describe('one neuron', () => {
  const n = { w1: 2, w2: 2, b: -1 };

  it('outputs σ(w·x + b) and has the cross-entropy worked by hand', () => {
    // z at (0,0), (0,1), (1,0), (1,1) = −1, 1, 1, 3; labels 0, 1, 1, 0
    // p = σ(−1) = 0.268941, σ(1) = 0.731059, σ(3) = 0.952574
    expect(neuronOutput(n, [0, 0])).toBeCloseTo(0.268941, 6);
    expect(neuronOutput(n, [1, 1])).toBeCloseTo(0.952574, 6);
    // loss = [−ln(1 − 0.268941) − 2 ln 0.731059 − ln(1 − 0.952574)]/4
    //      = (0.313262 + 2·0.313262 + 3.048587)/4 = 0.997093
    expect(neuronLoss(n)).toBeCloseTo(0.997093, 6);
    expect(neuronRight(n)).toEqual([true, true, true, false]);
    // w = 0, b = 0 says ½ everywhere: ln 2, the best a single neuron's loss gets on XOR
    expect(neuronLoss({ w1: 0, w2: 0, b: 0 })).toBeCloseTo(Math.LN2, 14);
    // no overflow for a steep, confident, wrong line: the loss grows like the logit
    expect(neuronLoss({ w1: 500, w2: 500, b: -250 })).toBeCloseTo(750 / 4, 6);
  });

  it('gets at most 3 of 4 right, whatever the line (10,000 random lines, seeded)', () => {
    const rng = createRng(2024);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 10_000; i++) {
      const line = { w1: rng.uniform(-10, 10), w2: rng.uniform(-10, 10), b: rng.uniform(-15, 15) };
      counts[countRight(neuronRight(line))]++;
    }
    expect(counts[4]).toBe(0);
    expect(counts[3]).toBeGreaterThan(0);
    expect(bestLineCount()).toBe(3);
    expect(neuronSentence(3, 3)).toMatch(/^3 of 4 right, as good as a line gets\. No line gets all four/);
  });

  it('shades two half-planes that fill the box, and puts both handles on the line', () => {
    const box: [number, number] = [-0.5, 1.5];
    for (const line of [n, { w1: 0.3, w2: -2, b: 0.7 }, { w1: 1, w2: 0, b: 40 }]) {
      expect(area(halfPlane(line, 0, box)) + area(halfPlane(line, 1, box))).toBeCloseTo(4, 10);
      const h = lineHandles(line, box);
      expect(h).not.toBeNull();
      expect(handlesOnLine(line, h ?? [])).toBe(true);
    }
    expect(lineHandles({ w1: 0, w2: 0, b: 1 })).toBeNull();
  });

  it('turned through two points, keeps its steepness and the side it calls class 1', () => {
    const turned = lineThrough([0, 0.5], [1, 0.8], n);
    expect(turned).not.toBeNull();
    if (!turned) return;
    expect(Math.hypot(turned.w1, turned.w2)).toBeCloseTo(Math.hypot(2, 2), 12);
    expect(handlesOnLine(turned, [[0, 0.5], [1, 0.8]])).toBe(true);
    expect(turned.w1 * n.w1 + turned.w2 * n.w2).toBeGreaterThan(0);
    expect(lineThrough([0.2, 0.2], [0.2, 0.2], n)).toBeNull();
  });
});

describe('a trained network\'s pictures', () => {
  it('hidden space keeps the output unit\'s decision (H = 2 as units, H = 4 projected)', () => {
    for (const hidden of [2, 4]) {
      const out = runTaskSync('xorTraining', trainingInput({ hidden, activation: 'tanh', lr: 1, seed: 5 }));
      for (const k of [0, 5, out.snapshotSteps.length - 1]) {
        const net = { w: snapshotWeights(out, k), hidden, activation: out.activation };
        const view = hiddenView(net);
        expect(view.kind).toBe(hidden === 2 ? 'units' : 'projection');
        XOR_DATA.forEach(({ x }, i) => {
          const { h, p } = networkAt(net, x);
          const side = view.line.w1 * view.points[i][0] + view.line.w2 * view.points[i][1] + view.line.b;
          expect(side > 0).toBe(p > 0.5);
          if (hidden === 2) expect([...view.points[i]]).toEqual([h[0], h[1]]);
        });
      }
    }
  });

  it('a stuck run says so, names the points on the fence and suggests another seed or H = 3', () => {
    const out = runTaskSync('xorTraining', trainingInput({ hidden: 2, activation: 'sigmoid', lr: 1, seed: 1 }));
    const net = { w: snapshotWeights(out, out.snapshotSteps.length - 1), hidden: 2, activation: out.activation };
    const text = outcomeSentence(out, 1, XOR_DATA.map(({ x }) => networkAt(net, x).p));
    expect(text).toMatch(/^Stuck: after 2,000 steps the loss is 0\.3\d+ \(about ½ ln 2 = 0\.3466\) with 2 of 4 right/);
    expect(text).toMatch(/sit at p ≈ ½, on the fence\. Try another seed \(New initial weights\) or H = 3\.$/);
  });
});
