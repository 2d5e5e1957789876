/**
 * Weight initializers. Fan-in and fan-out come from a weight matrix's shape [in, out].
 *   zeros, constant(c)
 *   normal(σ):           w ~ N(0, σ²)
 *   uniform(a):          w ~ U(−a, a)
 *   xavier (Glorot & Bengio, 2010, uniform form):  w ~ U(−√(6/(in + out)), √(6/(in + out))),
 *                        so Var w = 2/(in + out), keeping activations' variance through tanh layers
 *   he (He et al., 2015, normal form):  w ~ N(0, 2/in), the same idea for ReLU, which zeroes half
 * Biases start at zero whatever the scheme (ParameterInfo.kind === 'bias').
 */
import { lookupName, requireFinite, requireInRange } from '../errors';
import type { Rng } from '../random/prng';
import type { ParameterSet } from '../tensor/parameters';

export type Initializer =
  | { kind: 'zeros' }
  | { kind: 'constant'; value: number }
  | { kind: 'normal'; std: number }
  | { kind: 'uniform'; limit: number }
  | { kind: 'xavier' }
  | { kind: 'he' };

export type InitializerKind = Initializer['kind'];

type Fill = (init: Initializer, out: Float64Array, fanIn: number, fanOut: number, rng: Rng) => void;

const fills: Record<InitializerKind, Fill> = {
  zeros: (_i, out) => out.fill(0),
  constant: (i, out) => out.fill(i.kind === 'constant' ? requireFinite('initialize', 'value', i.value) : 0),
  normal: (i, out, _in, _out, rng) => {
    const std = i.kind === 'normal' ? requireInRange('initialize', 'std', i.std, 0, 1e6) : 0;
    for (let k = 0; k < out.length; k++) out[k] = std * rng.normal();
  },
  uniform: (i, out, _in, _out, rng) => {
    const a = i.kind === 'uniform' ? requireInRange('initialize', 'limit', i.limit, 0, 1e6) : 0;
    for (let k = 0; k < out.length; k++) out[k] = rng.uniform(-a, a);
  },
  xavier: (_i, out, fanIn, fanOut, rng) => {
    const a = Math.sqrt(6 / (fanIn + fanOut));
    for (let k = 0; k < out.length; k++) out[k] = rng.uniform(-a, a);
  },
  he: (_i, out, fanIn, _out, rng) => {
    const std = Math.sqrt(2 / fanIn);
    for (let k = 0; k < out.length; k++) out[k] = std * rng.normal();
  },
};

/** Fills every weight of `params` by `init` and zeroes every bias. */
export function initialize(params: ParameterSet, init: Initializer, rng: Rng): void {
  const fill = lookupName('initialize', fills, init.kind);
  for (const info of params.infos) {
    const view = params.values.subarray(info.offset, info.offset + info.size);
    if (info.kind === 'bias') {
      view.fill(0);
      continue;
    }
    const fanIn = info.shape.length >= 2 ? info.shape[0] : info.size;
    const fanOut = info.shape.length >= 2 ? info.shape[info.shape.length - 1] : 1;
    fill(init, view, fanIn, fanOut, rng);
  }
}
