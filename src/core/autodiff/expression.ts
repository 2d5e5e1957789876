/**
 * Expressions a reader types, parsed without eval into a tree, and built into the engine's own
 * graph (graphView.ts steps it), so the stepper shows the rules that train the networks.
 *
 *   const e = parseExpression('x*y + z');      // e.variables: ['x', 'y', 'z']
 *   const { root, leaves } = expressionGraph(e, { x: -2, y: 5, z: -4 });
 *
 * Grammar (usual precedence; ^ binds tighter than unary minus and to the right, so −2^2 = −4
 * and 2^3^2 = 2^9):
 *   sum     = product (("+" | "-") product)*
 *   product = unary (("*" | "/") unary)*
 *   unary   = "-" unary | power
 *   power   = atom ("^" unary)?          the exponent must be a constant: x^2, x^-1, x^(1/2)
 *   atom    = number | name | name "(" sum ("," sum)* ")" | "(" sum ")"
 * Also accepted: · and × for *, − for -. A variable used twice is one leaf, whose gradient sums
 * what flows back along both uses.
 */
import { ParseError } from '../errors';
import { abs, add, div, exp, log, maximum, mul, neg, pow, relu, sigmoid, sqrt, sub, tanh } from '../ops';
import { scalar, type Tensor } from '../tensor/tensor';

export const EXPRESSION_MAX_LENGTH = 200;
export const EXPRESSION_MAX_NODES = 60;
export const EXPRESSION_MAX_VARIABLES = 8;
const MAX_DEPTH = 24;

export type ExpressionNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'negate'; readonly arg: ExpressionNode }
  | { readonly kind: 'binary'; readonly op: '+' | '-' | '*' | '/'; readonly left: ExpressionNode; readonly right: ExpressionNode }
  | { readonly kind: 'power'; readonly base: ExpressionNode; readonly exponent: number }
  | { readonly kind: 'call'; readonly fn: ExpressionFunction; readonly args: readonly ExpressionNode[] };

/** The functions an expression may call, with how many arguments each takes. */
export const EXPRESSION_FUNCTIONS = { exp: 1, log: 1, sqrt: 1, abs: 1, tanh: 1, sigmoid: 1, relu: 1, max: 2 } as const;
export type ExpressionFunction = keyof typeof EXPRESSION_FUNCTIONS;

export interface Expression {
  readonly text: string;
  readonly tree: ExpressionNode;
  /** Variable names in order of first appearance. */
  readonly variables: readonly string[];
}

interface Token {
  readonly kind: 'number' | 'name' | 'symbol' | 'end';
  readonly text: string;
  /** 0-based offset in the text. */
  readonly at: number;
}

const SYMBOLS: Readonly<Record<string, string>> = { '+': '+', '-': '-', '−': '-', '*': '*', '·': '*', '×': '*', '/': '/', '^': '^', '(': '(', ')': ')', ',': ',' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) { i++; continue; }
    const number = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i));
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (number) { tokens.push({ kind: 'number', text: number[0], at: i }); i += number[0].length; }
    else if (name) { tokens.push({ kind: 'name', text: name[0], at: i }); i += name[0].length; }
    else if (c in SYMBOLS) { tokens.push({ kind: 'symbol', text: SYMBOLS[c], at: i }); i++; }
    else throw new ParseError('expression', `unexpected character '${c}' at position ${i + 1}`);
  }
  tokens.push({ kind: 'end', text: 'the end', at: text.length });
  return tokens;
}

/** The constant value of a subtree without variables (an exponent), or null if it has one. */
function constantValue(node: ExpressionNode): number | null {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'negate') { const v = constantValue(node.arg); return v === null ? null : -v; }
  if (node.kind === 'binary') {
    const a = constantValue(node.left), b = constantValue(node.right);
    if (a === null || b === null) return null;
    return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : a / b;
  }
  if (node.kind === 'power') { const v = constantValue(node.base); return v === null ? null : v ** node.exponent; }
  return null;
}

export function parseExpression(text: string): Expression {
  const op = 'expression';
  if (typeof text !== 'string') throw new ParseError(op, `expected text, got ${typeof text}`);
  if (text.length > EXPRESSION_MAX_LENGTH) throw new ParseError(op, `at most ${EXPRESSION_MAX_LENGTH} characters, got ${text.length}`);
  const tokens = tokenize(text);
  const variables: string[] = [];
  let pos = 0, nodes = 0, depth = 0;
  const peek = (): Token => tokens[pos];
  const where = (t: Token): string => (t.kind === 'end' ? 'at the end' : `'${t.text}' at position ${t.at + 1}`);
  const isSymbol = (s: string): boolean => peek().kind === 'symbol' && peek().text === s;
  const expect = (s: string): void => {
    if (!isSymbol(s)) throw new ParseError(op, `expected '${s}', found ${where(peek())}`);
    pos++;
  };
  const node = (n: ExpressionNode): ExpressionNode => {
    if (++nodes > EXPRESSION_MAX_NODES) throw new ParseError(op, `at most ${EXPRESSION_MAX_NODES} operations and values`);
    return n;
  };
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_DEPTH) throw new ParseError(op, `nested more than ${MAX_DEPTH} deep`);
    const result = parse();
    depth--;
    return result;
  };

  const sum = (): ExpressionNode => nested(() => {
    let left = product();
    while (isSymbol('+') || isSymbol('-')) {
      const o = tokens[pos++].text as '+' | '-';
      left = node({ kind: 'binary', op: o, left, right: product() });
    }
    return left;
  });
  const product = (): ExpressionNode => {
    let left = unary();
    while (isSymbol('*') || isSymbol('/')) {
      const o = tokens[pos++].text as '*' | '/';
      left = node({ kind: 'binary', op: o, left, right: unary() });
    }
    return left;
  };
  const unary = (): ExpressionNode => nested(() => {
    if (isSymbol('-')) { pos++; return node({ kind: 'negate', arg: unary() }); }
    return power();
  });
  const power = (): ExpressionNode => {
    const base = atom();
    if (!isSymbol('^')) return base;
    const at = tokens[pos++];
    const exponent = constantValue(unary());
    if (exponent === null || !Number.isFinite(exponent)) throw new ParseError(op, `the exponent after '^' at position ${at.at + 1} must be a constant number, as in x^2`);
    return node({ kind: 'power', base, exponent });
  };
  const atom = (): ExpressionNode => {
    const t = peek();
    if (t.kind === 'number') {
      pos++;
      const value = Number(t.text);
      if (!Number.isFinite(value)) throw new ParseError(op, `the number ${t.text} at position ${t.at + 1} is too large`);
      return node({ kind: 'number', value });
    }
    if (t.kind === 'name') {
      pos++;
      if (isSymbol('(')) {
        if (!(t.text in EXPRESSION_FUNCTIONS)) throw new ParseError(op, `unknown function '${t.text}' at position ${t.at + 1}; known: ${Object.keys(EXPRESSION_FUNCTIONS).join(', ')}`);
        const fn = t.text as ExpressionFunction;
        pos++;
        const args = [sum()];
        while (isSymbol(',')) { pos++; args.push(sum()); }
        expect(')');
        if (args.length !== EXPRESSION_FUNCTIONS[fn]) throw new ParseError(op, `${fn} takes ${EXPRESSION_FUNCTIONS[fn]} argument${EXPRESSION_FUNCTIONS[fn] === 1 ? '' : 's'}, got ${args.length}`);
        return node({ kind: 'call', fn, args });
      }
      if (t.text in EXPRESSION_FUNCTIONS) throw new ParseError(op, `${t.text} at position ${t.at + 1} is a function: write ${t.text}(…)`);
      if (!variables.includes(t.text)) {
        if (variables.length === EXPRESSION_MAX_VARIABLES) throw new ParseError(op, `at most ${EXPRESSION_MAX_VARIABLES} variables`);
        variables.push(t.text);
      }
      return node({ kind: 'variable', name: t.text });
    }
    if (isSymbol('(')) {
      pos++;
      const inner = sum();
      expect(')');
      return inner;
    }
    throw new ParseError(op, `expected a number, a name or '(', found ${where(t)}`);
  };

  if (peek().kind === 'end') throw new ParseError(op, 'the expression is empty');
  const tree = sum();
  if (peek().kind !== 'end') throw new ParseError(op, `unexpected ${where(peek())}`);
  return { text, tree, variables };
}

const CALLS: Readonly<Record<ExpressionFunction, (args: Tensor[]) => Tensor>> = {
  exp: ([a]) => exp(a), log: ([a]) => log(a), sqrt: ([a]) => sqrt(a), abs: ([a]) => abs(a),
  tanh: ([a]) => tanh(a), sigmoid: ([a]) => sigmoid(a), relu: ([a]) => relu(a), max: ([a, b]) => maximum(a, b),
};

/**
 * The expression as the engine's graph: one scalar leaf per variable (labelled with its name,
 * requiring a gradient), one constant per number, one op per operation.
 */
export function expressionGraph(e: Expression, values: Readonly<Record<string, number>>): { root: Tensor; leaves: Readonly<Record<string, Tensor>> } {
  const leaves: Record<string, Tensor> = {};
  for (const name of e.variables) {
    const v = values[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ParseError('expressionGraph', `variable ${name} needs a finite value, got ${String(v)}`);
    leaves[name] = scalar(v, { requiresGrad: true, label: name });
  }
  const build = (n: ExpressionNode): Tensor => {
    switch (n.kind) {
      case 'number': return scalar(n.value, { label: String(n.value) });
      case 'variable': return leaves[n.name];
      case 'negate': return neg(build(n.arg));
      case 'power': return pow(build(n.base), n.exponent);
      case 'call': return CALLS[n.fn](n.args.map(build));
      case 'binary': {
        const a = build(n.left), b = build(n.right);
        return n.op === '+' ? add(a, b) : n.op === '-' ? sub(a, b) : n.op === '*' ? mul(a, b) : div(a, b);
      }
    }
  };
  return { root: build(e.tree), leaves };
}
