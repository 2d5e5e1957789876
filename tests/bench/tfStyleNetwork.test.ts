/** The playground benchmark's yardstick computes true gradients, so its timings are of real work. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/core';
import { TfStyleNetwork } from '../../bench/playground/tfStyleNetwork';

describe('TfStyleNetwork (bench yardstick)', () => {
  it('accumulates ∂(½(out − t)²)/∂w for every link, as central differences say', () => {
    const rng = createRng(3);
    const net = new TfStyleNetwork([2, 4, 2, 1], 'tanh', 'tanh', () => rng.uniform(0, 1));
    const x = [0.3, -0.7], t = -1;
    const loss = () => 0.5 * (net.forward(x) - t) ** 2;
    net.forward(x);
    net.backward(t);
    for (const layer of net.layers.slice(1)) {
      for (const neuron of layer) {
        for (const link of neuron.inputs) {
          const w = link.weight, h = 1e-6;
          link.weight = w + h;
          const up = loss();
          link.weight = w - h;
          const down = loss();
          link.weight = w;
          expect(link.accErrorDer).toBeCloseTo((up - down) / (2 * h), 8);
        }
      }
    }
  });

  it('a batch of updates lowers the loss on that batch', () => {
    const rng = createRng(5);
    const net = new TfStyleNetwork([2, 3, 1], 'tanh', 'tanh', () => rng.uniform(0, 1));
    const data = [[0.5, 0.5, 1], [-0.5, -0.5, -1], [0.5, -0.5, 1], [-0.5, 0.5, -1]] as const;
    const total = () => data.reduce((s, [a, b, t]) => s + 0.5 * (net.forward([a, b]) - t) ** 2, 0);
    const before = total();
    for (let e = 0; e < 50; e++) {
      for (const [a, b, t] of data) { net.forward([a, b]); net.backward(t); }
      net.update(0.1);
    }
    expect(total()).toBeLessThan(before / 2);
  });
});
