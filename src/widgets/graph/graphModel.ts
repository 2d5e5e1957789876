/**
 * A typed or preset expression traced through the engine: the graph the core records (via
 * expressionGraph), each node's value, the backward pass one rule at a time (backwardStepper),
 * what each rule sent to each input, and a central-difference check of every variable's
 * gradient. Pure; no DOM. The widget shows a prefix of the walk: forward values in topological
 * order, then the backward frames.
 */
import { expressionGraph, type Expression, parseExpression } from '../../core/autodiff/expression';
import { backwardStepper, type GraphNodeView } from '../../core/autodiff/graphView';
import { CoreError } from '../../core/errors';
import { ruleOf, symbolOf } from './graphRules';

export type NodeKind = 'variable' | 'constant' | 'op';

export interface TraceNode {
  readonly id: number;
  readonly op: string;
  readonly kind: NodeKind;
  /** A variable's name, a constant's number, an operation's symbol ("×", "σ"). */
  readonly symbol: string;
  /** What the prose and the rules call it: "x", "2", "n3". */
  readonly name: string;
  /** Positions in `nodes` of the inputs, in argument order. */
  readonly inputs: readonly number[];
  readonly value: number;
  /** Longest path from a leaf: the column the picture puts it in. */
  readonly depth: number;
  /** How many nodes use this one (a variable used twice has 2). */
  readonly uses: number;
}

export interface BackwardFrame {
  /** Position in `nodes` of the node whose rule ran (the first frame seeds the output). */
  readonly node: number;
  /** ∂f/∂node for every node after this rule, null where nothing has arrived or none flows. */
  readonly grads: readonly (number | null)[];
  /** The rule in words: "multiply swaps its inputs". */
  readonly rule: string;
  /** The rule with the numbers: "x gets g × y = 1 × 5 = 5; y gets g × x = 1 × −2 = −2". */
  readonly detail: string;
}

export interface GradientCheck {
  readonly name: string;
  readonly value: number;
  readonly backprop: number;
  readonly numerical: number;
  /** |a − b| / max(|a|, |b|, 1e-8). */
  readonly relativeError: number;
}

export interface GraphTrace {
  readonly expression: Expression;
  readonly variables: readonly string[];
  /** The value used for each variable (missing ones are 1). */
  readonly values: readonly number[];
  readonly nodes: readonly TraceNode[];
  readonly frames: readonly BackwardFrame[];
  readonly output: number;
  readonly checks: readonly GradientCheck[];
}

/** A failure keeps the variables when the text parsed (f was not finite at these values), so
 *  the reader can still change the values. */
export type TraceResult =
  | { readonly ok: true; readonly trace: GraphTrace }
  | { readonly ok: false; readonly error: string; readonly variables: readonly string[]; readonly values: readonly number[] };

/** The value a variable gets when the state has none for it. */
export const MISSING_VALUE = 1;
/** Central-difference step, relative to the value. */
const H = 1e-6;

const valueRecord = (variables: readonly string[], values: readonly number[]): Record<string, number> =>
  Object.fromEntries(variables.map((v, i) => [v, values[i]]));

/** f at the given values, in float64, through the same graph. */
function evaluate(e: Expression, values: readonly number[]): number {
  return expressionGraph(e, valueRecord(e.variables, values)).root.data[0];
}

function depthsOf(views: readonly GraphNodeView[], index: ReadonlyMap<number, number>): number[] {
  const depth: number[] = [];
  views.forEach((v, i) => {
    depth[i] = v.inputs.length === 0 ? 0 : 1 + Math.max(...v.inputs.map((id) => depth[index.get(id) ?? 0]));
  });
  return depth;
}

function traceNodes(views: readonly GraphNodeView[], variables: readonly string[]): TraceNode[] {
  const index = new Map(views.map((v, i) => [v.id, i]));
  const depth = depthsOf(views, index);
  const uses = views.map(() => 0);
  for (const v of views) for (const id of v.inputs) uses[index.get(id) ?? 0]++;
  let opCount = 0;
  return views.map((v, i) => {
    const kind: NodeKind = v.op !== 'input' ? 'op' : variables.includes(v.label) && v.requiresGrad ? 'variable' : 'constant';
    const symbol = kind === 'op' ? symbolOf(v.op, v.attrs) : v.label;
    const name = kind === 'op' ? `n${++opCount}` : v.label;
    return { id: v.id, op: v.op, kind, symbol, name, inputs: v.inputs.map((id) => index.get(id) ?? 0), value: v.value[0], depth: depth[i], uses: uses[i] };
  });
}

function backwardFrames(root: Parameters<typeof backwardStepper>[0], nodes: readonly TraceNode[]): BackwardFrame[] {
  const stepper = backwardStepper(root);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const frames: BackwardFrame[] = [];
  const gradsOf = (snapshot: readonly GraphNodeView[], arrived: ReadonlySet<number>) =>
    snapshot.map((v, i) => (arrived.has(i) && v.grad ? v.grad[0] : null));
  const arrived = new Set<number>();
  let before: readonly (number | null)[] = nodes.map(() => null);
  let seeded = false;
  for (let id = stepper.step(); id !== null; id = stepper.step()) {
    const at = index.get(id) ?? 0;
    if (!seeded) {
      seeded = true;
      arrived.add(at);
      const grads = gradsOf(stepper.snapshot(), arrived);
      frames.push({ node: at, grads, rule: 'start at the output', detail: `∂f/∂f = 1: the output's gradient with respect to itself.` });
      before = grads;
      continue;
    }
    for (const i of nodes[at].inputs) if (nodes[i].kind !== 'constant') arrived.add(i);
    const grads = gradsOf(stepper.snapshot(), arrived);
    const { rule, detail } = ruleOf(nodes, at, grads[at] ?? 0, before, grads);
    frames.push({ node: at, grads, rule, detail });
    before = grads;
  }
  return frames;
}

function gradientChecks(e: Expression, values: readonly number[], nodes: readonly TraceNode[], last: BackwardFrame | undefined): GradientCheck[] {
  return e.variables.map((name, k) => {
    const at = nodes.findIndex((n) => n.kind === 'variable' && n.name === name);
    const backprop = last?.grads[at] ?? 0;
    const h = H * Math.max(1, Math.abs(values[k]));
    const plus = values.map((v, j) => (j === k ? v + h : v));
    const minus = values.map((v, j) => (j === k ? v - h : v));
    const numerical = (evaluate(e, plus) - evaluate(e, minus)) / (2 * h);
    const relativeError = Math.abs(backprop - numerical) / Math.max(Math.abs(backprop), Math.abs(numerical), 1e-8);
    return { name, value: values[k], backprop, numerical, relativeError };
  });
}

/** Parses `text`, builds its graph at `given` values and records the whole walk. Never throws:
 *  a text that does not parse comes back as the parser's message. */
export function traceGraph(text: string, given: readonly number[]): TraceResult {
  try {
    return traced(parseExpression(text), given);
  } catch (err) {
    if (err instanceof CoreError) return { ok: false, error: err.message, variables: [], values: [] };
    throw err;
  }
}

function traced(expression: Expression, given: readonly number[]): TraceResult {
  const values = expression.variables.map((_, i) => given[i] ?? MISSING_VALUE);
  const { root } = expressionGraph(expression, valueRecord(expression.variables, values));
  const output = root.data[0];
  if (!Number.isFinite(output)) {
    const error = `f is ${String(output)} at these values: a log or square root of a negative number, a division by 0, or a number too large. Change a value.`;
    return { ok: false, error, variables: expression.variables, values };
  }
  const nodes = traceNodes(backwardStepper(root).nodes, expression.variables);
  const frames = backwardFrames(root, nodes);
  return { ok: true, trace: { expression, variables: expression.variables, values, nodes, frames, output, checks: gradientChecks(expression, values, nodes, frames.at(-1)) } };
}
/** Steps in the whole walk: one per node forward, one per backward frame. */
export const totalSteps = (t: GraphTrace): number => t.nodes.length + t.frames.length;

export interface WalkPosition {
  readonly phase: 'start' | 'forward' | 'backward' | 'done';
  /** Nodes whose value is shown. */
  readonly computed: number;
  /** The backward frame shown, or null before the backward pass. */
  readonly frame: BackwardFrame | null;
  /** Position in `nodes` of the node the current step touched, or null at the start. */
  readonly current: number | null;
}

/** What `step` steps of the walk show (step is clamped to the walk). */
export function walkAt(t: GraphTrace, step: number): WalkPosition {
  const s = Math.max(0, Math.min(totalSteps(t), Math.round(step)));
  const n = t.nodes.length;
  if (s === 0) return { phase: 'start', computed: 0, frame: null, current: null };
  if (s <= n) return { phase: 'forward', computed: s, frame: null, current: s - 1 };
  const frame = t.frames[s - n - 1];
  return { phase: s === totalSteps(t) ? 'done' : 'backward', computed: n, frame, current: frame.node };
}
