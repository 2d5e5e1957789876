/**
 * activationStats: one forward and one backward pass through a deep, untrained network, for the
 * backpropagation chapter's "Activations and initialization" widget. The network is
 * ACT_LAYERS hidden layers of the same width, no biases (they start at 0 anyway), on a batch of
 * ACT_BATCH inputs of `width` numbers each drawn from N(0, 1); every layer is width × width, so
 * fan_in = fan_out = width.
 *
 *   h₀ = X;   zₗ = hₗ₋₁·Wₗ;   (batch norm: zₗ ← (zₗ − μ)/√(σ² + ε) over the batch, γ = 1, β = 0)
 *   hₗ = act(zₗ);   L = Σᵢⱼ rᵢⱼ·h₁₀,ᵢⱼ   with r a fixed N(0, 1) draw
 *
 * The loss is only a probe: ∂L/∂h₁₀ = r exactly, std 1 at the top, so each lower layer's
 * gradient shows how backpropagation scales a unit-sized signal on its way down.
 *
 * Everything is the core's: its initializers, its dense, batchNorm and activation ops, its
 * topological sort and backward rules. The one thing written here is the loop over the sorted
 * nodes, the same loop as backward() in autodiff/graph.ts, with a checkpoint after each layer,
 * so a 200-wide pass (tens of ms) never holds the thread in one piece.
 *
 * Output per layer: mean and std of the activations hₗ and of the gradients ∂L/∂hₗ, a histogram
 * of each over a range shared by the whole row (so widths compare across layers), the share of
 * saturated units (or of ReLU's zeros), and whether every unit of the layer holds the same value
 * for every input (what all-zero weights do). Data arrays are Float64Arrays (transferred).
 */
import {
  batchNorm, createBatchNormState, createRng, dense, type Initializer, initialize, leakyRelu, lookupName, mul, ParameterSet,
  RangeError_, relu, sigmoid, sum, tanh, type Tensor, topoSort, wrap,
} from '../../core';
import type { TaskContext, TaskGenerator } from './task';
import { requireIntegerIn, requireRecord } from './validate';

export const ACT_FUNCTIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const;
export type ActFunction = (typeof ACT_FUNCTIONS)[number];
export const ACT_INITS = ['zeros', 'small', 'large', 'xavier', 'he'] as const;
export type ActInit = (typeof ACT_INITS)[number];

export const ACT_LAYERS = 10;
export const ACT_BATCH = 200;
export const ACT_WIDTH_RANGE: readonly [number, number] = [20, 200];
/** Odd, so 0 sits in the middle of a bin on a range symmetric about 0. */
export const ACT_BINS = 33;
/** Leaky ReLU's slope for x < 0. */
export const LEAKY_SLOPE = 0.01;
/** |tanh| above this (σ below 1 − this or above it) counts as saturated: the slope is < 0.02. */
export const SATURATION = 0.99;

/** The weights each choice draws, as the core's initializers. Xavier is the core's uniform form,
 *  U(±√(6/(in + out))): variance 2/(in + out) = 1/fan_in here, where fan_in = fan_out. */
export const INITIALIZERS: Readonly<Record<ActInit, Initializer>> = {
  zeros: { kind: 'zeros' },
  small: { kind: 'normal', std: 0.01 },
  large: { kind: 'normal', std: 1 },
  xavier: { kind: 'xavier' },
  he: { kind: 'he' },
};

const OPS: Readonly<Record<ActFunction, (x: Tensor) => Tensor>> = {
  sigmoid,
  tanh,
  relu,
  leakyRelu: (x) => leakyRelu(x, LEAKY_SLOPE),
};

/** The core's op for an activation (leaky ReLU with slope LEAKY_SLOPE). */
export const applyActivation = (fn: ActFunction, x: Tensor): Tensor => OPS[fn](x);

export interface ActivationStatsInput {
  readonly activation: ActFunction;
  readonly init: ActInit;
  /** Units per hidden layer (and numbers per input). */
  readonly width: number;
  readonly batchNorm: boolean;
  /** Draws the inputs, the weights and the probe r (three streams of one generator). */
  readonly seed: number;
  /** Hidden layers (default ACT_LAYERS; the tests use tiny networks). */
  readonly layers?: number;
  /** Inputs in the batch (default ACT_BATCH). */
  readonly batch?: number;
}

/** One row of histograms: ACT_BINS counts per layer, layer-major, over one shared range. */
export interface HistogramRow {
  readonly counts: Float64Array;
  readonly lo: number;
  readonly hi: number;
}

export interface ActivationStatsOutput {
  readonly activation: ActFunction;
  readonly init: ActInit;
  readonly width: number;
  readonly batchNorm: boolean;
  readonly layers: number;
  readonly batch: number;
  readonly actMean: Float64Array;
  readonly actStd: Float64Array;
  readonly gradMean: Float64Array;
  readonly gradStd: Float64Array;
  readonly actHist: HistogramRow;
  readonly gradHist: HistogramRow;
  /** tanh, sigmoid: share of values with |h| > 0.99 (σ: h < 0.01 or > 0.99); ReLUs: share ≤ 0. */
  readonly saturated: Float64Array;
  /** 1 where every unit of the layer holds the same value for every input, else 0. */
  readonly identical: Float64Array;
  /** The loss L = Σ r ⊙ h_top. */
  readonly loss: number;
}

/** The raw pass: each layer's pre-activations (after batch norm, when on), activations and ∂L/∂h. */
export interface ActivationPass {
  readonly pre: Float64Array[];
  readonly act: Float64Array[];
  readonly grad: Float64Array[];
  readonly loss: number;
  readonly batch: number;
  readonly width: number;
}

export function checkInput(input: ActivationStatsInput): Required<ActivationStatsInput> {
  const op = 'activationStats';
  const o = requireRecord(op, 'input', input);
  const activation = lookupName(op, Object.fromEntries(ACT_FUNCTIONS.map((a) => [a, a])), String(o.activation)) as ActFunction;
  const init = lookupName(op, Object.fromEntries(ACT_INITS.map((a) => [a, a])), String(o.init)) as ActInit;
  if (typeof o.batchNorm !== 'boolean') throw new RangeError_(op, `batchNorm must be true or false, got ${JSON.stringify(o.batchNorm)}`);
  return {
    activation,
    init,
    batchNorm: o.batchNorm,
    width: requireIntegerIn(op, 'width', o.width, 1, ACT_WIDTH_RANGE[1]),
    seed: requireIntegerIn(op, 'seed', o.seed, 0, 2 ** 32 - 1),
    layers: o.layers === undefined ? ACT_LAYERS : requireIntegerIn(op, 'layers', o.layers, 1, 20),
    // batch norm needs two rows to have a variance
    batch: o.batch === undefined ? ACT_BATCH : requireIntegerIn(op, 'batch', o.batch, 2, 2000),
  };
}

/** The unit draw each choice scales, and its scale at fan-in = fan-out = `width` (the core's formulas). */
function drawOf(init: ActInit, width: number): { readonly unit: 'normal' | 'uniform' | null; readonly scale: number } {
  const i = INITIALIZERS[init];
  switch (i.kind) {
    case 'normal': return { unit: 'normal', scale: i.std };
    case 'he': return { unit: 'normal', scale: Math.sqrt(2 / width) };
    case 'xavier': return { unit: 'uniform', scale: Math.sqrt(6 / (width + width)) };
    default: return { unit: null, scale: 0 };
  }
}

/**
 * Unit draws for the widest network (N(0, 1), or U(±1) for Xavier), from the core's initializer,
 * kept for the last seed: every width's weights are the top-left width × width block of each
 * layer's draw, scaled. So a drag of the width grows one network instead of drawing 10 × width²
 * new numbers per answer (at 200 units, 400,000 normals took 11 ms, most of a pass), and the
 * units a narrower network has keep their weights as it widens. Each block is still independent
 * draws with the initializer's spread, so the statistics are those of a fresh draw.
 */
let units: { key: string; draws: Float64Array[] } | null = null;

function unitDraws(unit: 'normal' | 'uniform', layers: number, seed: number): Float64Array[] {
  const key = `${unit}:${layers}:${seed}`;
  if (units?.key === key) return units.draws;
  const max = ACT_WIDTH_RANGE[1];
  const params = new ParameterSet(Array.from({ length: layers }, (_, l) => ({ name: `W${l + 1}`, shape: [max, max], kind: 'weight' as const })));
  initialize(params, unit === 'normal' ? { kind: 'normal', std: 1 } : { kind: 'uniform', limit: 1 }, createRng(seed));
  const draws = params.infos.map((i) => params.values.subarray(i.offset, i.offset + i.size));
  units = { key, draws };
  return draws;
}

/** The network's weights, layer by layer: the initializer's spread on the shared unit draws. */
export function layerWeights(init: ActInit, width: number, layers: number, seed: number): Float64Array[] {
  const { unit, scale } = drawOf(init, width);
  if (unit === null) return Array.from({ length: layers }, () => new Float64Array(width * width));
  const max = ACT_WIDTH_RANGE[1];
  return unitDraws(unit, layers, seed).map((draw) => {
    const w = new Float64Array(width * width);
    for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) w[i * width + j] = scale * draw[i * max + j];
    return w;
  });
}

/** The pass's random draws: inputs X [batch, width], each layer's W [width, width], the probe r. */
export interface NetworkDraws {
  readonly x: Float64Array;
  readonly weights: Float64Array[];
  readonly r: Float64Array;
}

export function drawNetwork(input: ActivationStatsInput): NetworkDraws {
  const { init, width, seed, layers, batch: n } = checkInput(input);
  // Three streams, so the inputs and the probe stay the same whatever the weights are.
  const rng = createRng(seed);
  const xRng = rng.fork(), wSeed = rng.nextUint32(), rRng = rng.fork();
  return {
    x: Float64Array.from({ length: n * width }, () => xRng.normal()),
    weights: layerWeights(init, width, layers, wSeed),
    r: Float64Array.from({ length: n * width }, () => rRng.normal()),
  };
}

/** The forward and backward pass; yields after every layer each way. */
export function* activationPass(input: ActivationStatsInput): Generator<void, ActivationPass, void> {
  const { activation, width, batchNorm: useBn, layers, batch: n } = checkInput(input);
  const draws = drawNetwork(input);
  const x = wrap(draws.x, [n, width], { requiresGrad: true });
  const ones = wrap(new Float64Array(width).fill(1), [width]);
  const zeros = wrap(new Float64Array(width), [width]);

  const pres: Tensor[] = [], hs: Tensor[] = [];
  let h = x;
  for (let l = 0; l < layers; l++) {
    // The weights are constants (no gradient wanted): only the activations' gradients are shown.
    const w = wrap(draws.weights[l], [width, width]);
    const z = useBn ? batchNorm(dense(h, w, null, 'linear'), ones, zeros, createBatchNormState(width), true) : dense(h, w, null, 'linear');
    h = applyActivation(activation, z);
    pres.push(z);
    hs.push(h);
    yield;
  }
  const loss = sum(mul(h, wrap(draws.r, [n, width])));

  // backward() of autodiff/graph.ts, with a checkpoint after each layer's nodes.
  const order = topoSort(loss);
  for (const t of order) if (t.requiresGrad) t.zeroGrad();
  (loss.grad as Float64Array)[0] = 1;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i].node;
    node?.backward();
    if (node?.op === 'dense') yield;
  }
  return {
    pre: pres.map((t) => t.data),
    act: hs.map((t) => t.data),
    grad: hs.map((t) => t.grad ?? new Float64Array(t.size)),
    loss: loss.data[0],
    batch: n,
    width,
  };
}

/** Mean and (population) standard deviation. */
export function meanStd(v: ArrayLike<number>): [mean: number, std: number] {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  const mean = s / v.length;
  let q = 0;
  for (let i = 0; i < v.length; i++) q += (v[i] - mean) ** 2;
  return [mean, Math.sqrt(q / v.length)];
}

/** Counts of each array in `bins` equal bins over [lo, hi], layer-major; the ends are closed. */
export function histograms(arrays: readonly Float64Array[], lo: number, hi: number, bins = ACT_BINS): Float64Array {
  const out = new Float64Array(arrays.length * bins);
  const scale = bins / (hi - lo);
  arrays.forEach((v, l) => {
    for (let i = 0; i < v.length; i++) {
      const b = Math.min(bins - 1, Math.max(0, Math.floor((v[i] - lo) * scale)));
      out[l * bins + b]++;
    }
  });
  return out;
}

/** The row's range: the activation's own for tanh and σ (so saturation shows at the edges);
 *  otherwise the data's [min, max], which holds 0 (ReLU's spike of zeros sits at the left edge,
 *  leaky ReLU's small negative side just right of it). */
export function rowRange(arrays: readonly Float64Array[], fixed: readonly [number, number] | null): [number, number] {
  if (fixed) return [fixed[0], fixed[1]];
  let min = 0, max = 0;
  for (const v of arrays) for (let i = 0; i < v.length; i++) {
    if (v[i] < min) min = v[i];
    if (v[i] > max) max = v[i];
  }
  return min < max ? [min, max] : [-1, 1]; // every value 0: a unit range shows the one spike
}

const FIXED_RANGE: Readonly<Record<ActFunction, readonly [number, number] | null>> = { tanh: [-1, 1], sigmoid: [0, 1], relu: null, leakyRelu: null };

function saturatedShare(activation: ActFunction, h: Float64Array): number {
  let c = 0;
  for (let i = 0; i < h.length; i++) {
    const v = h[i];
    if (activation === 'tanh' ? Math.abs(v) > SATURATION : activation === 'sigmoid' ? v < 1 - SATURATION || v > SATURATION : v <= 0) c++;
  }
  return c / h.length;
}

/** True if every unit holds the same value for every input: rows of an [n, width] array. */
export function allUnitsEqual(h: Float64Array, n: number, width: number): boolean {
  for (let i = 0; i < n; i++) for (let j = 1; j < width; j++) if (h[i * width + j] !== h[i * width]) return false;
  return true;
}

export function* activationStats(input: ActivationStatsInput, _ctx: TaskContext<never>): TaskGenerator<ActivationStatsOutput> {
  const spec = checkInput(input);
  const pass = yield* activationPass(spec);
  const each = (arrays: Float64Array[], f: (v: Float64Array) => number) => Float64Array.from(arrays, f);
  const actRange = rowRange(pass.act, FIXED_RANGE[spec.activation]);
  const [gMin, gMax] = rowRange(pass.grad, null);
  const gradAbs = Math.max(-gMin, gMax);
  return {
    activation: spec.activation,
    init: spec.init,
    width: spec.width,
    batchNorm: spec.batchNorm,
    layers: spec.layers,
    batch: spec.batch,
    actMean: each(pass.act, (v) => meanStd(v)[0]),
    actStd: each(pass.act, (v) => meanStd(v)[1]),
    gradMean: each(pass.grad, (v) => meanStd(v)[0]),
    gradStd: each(pass.grad, (v) => meanStd(v)[1]),
    actHist: { counts: histograms(pass.act, actRange[0], actRange[1]), lo: actRange[0], hi: actRange[1] },
    // Gradients are signed whatever the activation: always symmetric about 0.
    gradHist: { counts: histograms(pass.grad, -gradAbs, gradAbs), lo: -gradAbs, hi: gradAbs },
    saturated: each(pass.act, (v) => saturatedShare(spec.activation, v)),
    identical: each(pass.act, (v) => (allUnitsEqual(v, pass.batch, pass.width) ? 1 : 0)),
    loss: pass.loss,
  };
}
