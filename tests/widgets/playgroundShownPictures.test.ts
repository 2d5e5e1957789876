/**
 * shownPictures: while a changed run is on its way, the last chunk's pictures stay only where
 * they still fit: the output for the same classes, the neurons and weights for the same shape.
 */
import { describe, expect, it } from 'vitest';
import type { NetworkConfig } from '../../src/worker/tasks/playgroundNet';
import type { PlaygroundTrainOutput } from '../../src/worker/tasks/playgroundTrain';
import { shownPictures } from '../../src/widgets/playground/shownPictures';

const net: NetworkConfig = { features: ['x1', 'x2'], hidden: [4, 2], activations: ['tanh', 'tanh'], outputs: 2, regression: false, init: 'xavier', batchNorm: false, dropout: 0 };
const latest = { output: new Float64Array(2 * 64 * 64), grid: 64, neurons: new Float64Array(6 * 256), state: { weights: new Float64Array(25) } } as unknown as PlaygroundTrainOutput;

describe('shownPictures', () => {
  it('shows everything of a chunk computed for the network set now, whatever the training settings', () => {
    const p = shownPictures(latest, net, { ...net, dropout: 0.3, activations: ['relu', 'relu'] }, 64);
    expect(p).toEqual({ output: latest.output, side: 64, neurons: latest.neurons, weights: latest.state.weights });
  });

  it('keeps the output but not the neurons or weights when the shape changed', () => {
    const p = shownPictures(latest, net, { ...net, hidden: [2, 4] }, 64);
    expect(p.output).toBe(latest.output);
    expect(p.neurons).toBeNull();
    expect(p.weights).toBeNull();
    expect(shownPictures(latest, net, { ...net, features: ['x1', 'x1sq'] }, 64).weights).toBeNull();
    expect(shownPictures(latest, net, { ...net, batchNorm: true }, 64).weights).toBeNull();
  });

  it('shows nothing of a chunk for other classes, and the new grid side', () => {
    expect(shownPictures(latest, net, { ...net, outputs: 3 }, 40)).toEqual({ output: null, side: 40, neurons: null, weights: null });
    expect(shownPictures(latest, net, { ...net, outputs: 1, regression: true }, 64).output).toBeNull();
    expect(shownPictures(null, null, net, 64)).toEqual({ output: null, side: 64, neurons: null, weights: null });
  });
});
