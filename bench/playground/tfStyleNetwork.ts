/**
 * A yardstick for the network playground: a network built the way TensorFlow Playground builds
 * its own (as its source and UI describe it; this code is written for this comparison and
 * shares none of theirs): one object per neuron and per link, one example at a time through
 * forward and backward passes, derivatives accumulated per link and applied every `batch`
 * examples, squared error on a tanh output. Not shipped; bench only.
 */
export type Act = 'tanh' | 'relu' | 'linear';

const ACTS: Readonly<Record<Act, { f: (x: number) => number; df: (x: number) => number }>> = {
  tanh: { f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  relu: { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
  linear: { f: (x) => x, df: () => 1 },
};

class Link {
  weight: number;
  errorDer = 0;
  accErrorDer = 0;
  numAccumulated = 0;
  constructor(readonly source: Neuron, readonly dest: Neuron, weight: number) {
    this.weight = weight;
  }
}

class Neuron {
  readonly inputs: Link[] = [];
  readonly outputs: Link[] = [];
  bias = 0.1;
  total = 0;
  output = 0;
  outputDer = 0;
  inputDer = 0;
  accInputDer = 0;
  numAccumulated = 0;
  constructor(readonly act: Act) {}
}

export class TfStyleNetwork {
  readonly layers: Neuron[][];

  /** sizes: inputs, hidden…, 1 output. `random` draws the initial weights in [−0.5, 0.5]. */
  constructor(sizes: readonly number[], hidden: Act, output: Act, random: () => number) {
    this.layers = sizes.map((n, l) => Array.from({ length: n }, () => new Neuron(l === sizes.length - 1 ? output : hidden)));
    for (let l = 1; l < sizes.length; l++) {
      for (const dest of this.layers[l]) {
        for (const source of this.layers[l - 1]) {
          const link = new Link(source, dest, random() - 0.5);
          dest.inputs.push(link);
          source.outputs.push(link);
        }
      }
    }
  }

  forward(input: readonly number[]): number {
    this.layers[0].forEach((n, i) => { n.output = input[i]; });
    for (let l = 1; l < this.layers.length; l++) {
      for (const n of this.layers[l]) {
        n.total = n.bias;
        for (const link of n.inputs) n.total += link.weight * link.source.output;
        n.output = ACTS[n.act].f(n.total);
      }
    }
    return this.layers[this.layers.length - 1][0].output;
  }

  /** ∂(½(out − target)²) back through every neuron and link, accumulated. */
  backward(target: number): void {
    const out = this.layers[this.layers.length - 1][0];
    out.outputDer = out.output - target;
    for (let l = this.layers.length - 1; l >= 1; l--) {
      for (const n of this.layers[l]) {
        n.inputDer = n.outputDer * ACTS[n.act].df(n.total);
        n.accInputDer += n.inputDer;
        n.numAccumulated++;
        for (const link of n.inputs) {
          link.errorDer = n.inputDer * link.source.output;
          link.accErrorDer += link.errorDer;
          link.numAccumulated++;
        }
      }
      if (l === 1) continue;
      for (const n of this.layers[l - 1]) {
        n.outputDer = 0;
        for (const link of n.outputs) n.outputDer += link.weight * link.dest.inputDer;
      }
    }
  }

  update(lr: number): void {
    for (let l = 1; l < this.layers.length; l++) {
      for (const n of this.layers[l]) {
        if (n.numAccumulated > 0) {
          n.bias -= (lr * n.accInputDer) / n.numAccumulated;
          n.accInputDer = 0;
          n.numAccumulated = 0;
        }
        for (const link of n.inputs) {
          if (link.numAccumulated > 0) {
            link.weight -= (lr * link.accErrorDer) / link.numAccumulated;
            link.accErrorDer = 0;
            link.numAccumulated = 0;
          }
        }
      }
    }
  }

  /** Every neuron's output, in layer order (what a per-neuron picture needs for one grid point). */
  outputs(into: Float64Array, at: number): void {
    let k = 0;
    for (const layer of this.layers) for (const n of layer) into[at * this.count + k++] = n.output;
  }

  get count(): number {
    return this.layers.reduce((a, l) => a + l.length, 0);
  }
}
