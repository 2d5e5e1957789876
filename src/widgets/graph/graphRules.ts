/**
 * Each operation's backward rule in words and with its numbers, for the stepper's caption.
 * The numbers shown are what the engine's own rule added to each input's gradient (the
 * difference of the gradients before and after it ran), so a caption cannot disagree with
 * the engine; the formula beside them is the textbook one for that operation.
 */
import type { OpAttrs } from '../../core/tensor/tensor';
import { sci } from '../kit/numberText';
import { formatCompact } from '../state/numbers';
import type { TraceNode } from './graphModel';

const SYMBOLS: Readonly<Record<string, string>> = {
  add: '+', sub: '−', mul: '×', div: '÷', neg: '−(·)', exp: 'exp', log: 'ln', sqrt: '√', abs: '|·|',
  tanh: 'tanh', sigmoid: 'σ', relu: 'relu', maximum: 'max',
};

export function symbolOf(op: string, attrs: OpAttrs): string {
  if (op === 'pow') return `^${formatCompact(Number(attrs.p))}`;
  return SYMBOLS[op] ?? op;
}

/** A relative error as the book prints small numbers: "3.3 × 10⁻¹²". */
export const relativeErrorText = (e: number): string => (e === 0 ? '0' : sci(e, 2));

/** Numbers in captions: 4 significant digits, a true minus sign. */
export const num = (x: number): string => {
  const r = Number(x.toPrecision(4));
  return (Object.is(r, -0) ? 0 : r).toString().replace('-', '−');
};

const RULES: Readonly<Record<string, string>> = {
  add: 'add hands the gradient on, unchanged, to each input',
  sub: 'subtract hands the gradient to the first input and its negative to the second',
  mul: 'multiply swaps its inputs: each gets the gradient times the other input',
  div: 'divide: a ÷ b sends g ÷ b to a and −g·a ÷ b² to b',
  neg: 'negate flips the gradient\'s sign',
  pow: 'a power aᵖ sends g·p·aᵖ⁻¹ to its base',
  exp: 'exp sends the gradient times its own output',
  log: 'the natural log sends the gradient divided by its input',
  sqrt: 'a square root sends g ÷ (2√a)',
  abs: 'absolute value sends the gradient times the sign of its input',
  tanh: 'tanh sends g·(1 − t²), where t is its output',
  sigmoid: 'the sigmoid sends g·σ(1 − σ), where σ is its output',
  relu: 'relu passes the gradient where its input is positive, and nothing where it is not',
  maximum: 'max routes the gradient to the larger input; the other gets nothing',
};

/** What input `k` of `node` receives, as a formula in g (with the numbers where they help) and,
 *  for the routing rules, why: "g × y = 1 × 5"; "g", "since 0.5 > 0". */
function formula(node: TraceNode, nodes: readonly TraceNode[], k: number, g: number): { expr: string; why?: string } {
  const [a, b] = node.inputs.map((i) => nodes[i]);
  const G = num(g);
  switch (node.op) {
    case 'add': return { expr: 'g' };
    case 'sub': return { expr: k === 0 ? 'g' : '−g' };
    case 'mul': return { expr: `g × ${k === 0 ? b.name : a.name} = ${G} × ${num(k === 0 ? b.value : a.value)}` };
    case 'div': return { expr: k === 0 ? `g ÷ ${b.name} = ${G} ÷ ${num(b.value)}` : `−g × ${a.name} ÷ ${b.name}² = −${G} × ${num(a.value)} ÷ ${num(b.value)}²` };
    case 'neg': return { expr: '−g' };
    case 'pow': return { expr: `g × p × ${a.name}^(p−1)`, why: `with p = ${node.symbol.slice(1)} and ${a.name} = ${num(a.value)}` };
    case 'exp': return { expr: `g × ${num(node.value)}` };
    case 'log': return { expr: `g ÷ ${num(a.value)}` };
    case 'sqrt': return { expr: `g ÷ (2 × ${num(node.value)})` };
    case 'abs': return { expr: `g × sign(${num(a.value)})` };
    case 'tanh': return { expr: `g × (1 − ${num(node.value)}²)` };
    case 'sigmoid': return { expr: `g × ${num(node.value)} × (1 − ${num(node.value)})` };
    case 'relu': return a.value > 0 ? { expr: 'g', why: `since ${num(a.value)} > 0` } : { expr: 'nothing', why: `since ${num(a.value)} ≤ 0` };
    case 'maximum': {
      const mine = nodes[node.inputs[k]].value, other = nodes[node.inputs[1 - k]].value;
      // the engine sends a tie to the first input (a ≥ b)
      if (mine === other) return k === 0 ? { expr: 'g', why: 'as the first of two equal inputs' } : { expr: 'nothing', why: 'as the second of two equal inputs' };
      return mine > other ? { expr: 'g', why: `as the larger (${num(mine)} over ${num(other)})` } : { expr: 'nothing', why: 'as the smaller' };
    }
    default: return { expr: 'its rule' };
  }
}

/** "x gets g × y = 1 × 5 = 5"; "n6 gets g = 0.2096, since 0.5 > 0"; "w gets nothing, as the smaller". */
function received(name: string, f: { expr: string; why?: string }, sent: number): string {
  const amount = f.expr === 'nothing' ? 'nothing' : `${f.expr} = ${num(sent)}`;
  return `${name} gets ${amount}${f.why ? `, ${f.why}` : ''}`;
}

/** The caption for the rule of `nodes[at]` with upstream gradient g; before/after are every
 *  node's gradient around the rule. */
export function ruleOf(
  nodes: readonly TraceNode[],
  at: number,
  g: number,
  before: readonly (number | null)[],
  after: readonly (number | null)[],
): { rule: string; detail: string } {
  const node = nodes[at];
  const seen = new Set<number>();
  const parts: string[] = [];
  node.inputs.forEach((i, k) => {
    const input = nodes[i];
    if (input.kind === 'constant' || seen.has(i)) return;
    seen.add(i);
    const total = after[i] ?? 0;
    const sent = total - (before[i] ?? 0);
    const twice = node.inputs.filter((j) => j === i).length > 1;
    let part = twice
      ? `${input.name} is both inputs, so it gets both shares: ${num(sent)}`
      : received(input.name, formula(node, nodes, k, g), sent);
    if ((before[i] ?? null) !== null) part += `, added to the ${num(before[i] ?? 0)} it already had: ${num(total)}`;
    parts.push(part);
  });
  const rule = RULES[node.op] ?? `${node.op}'s rule`;
  return { rule, detail: `${node.name} = ${node.symbol} with upstream gradient g = ${num(g)}. ${parts.join('; ')}.` };
}
