/** Sentences the stepper shows and reads out. */
import type { GraphTrace, WalkPosition } from './graphModel';
import { num } from './graphRules';

export function phaseText(t: GraphTrace, at: WalkPosition): string {
  const n = t.nodes.length;
  switch (at.phase) {
    case 'start':
      return `Nothing computed yet. The graph has ${n} nodes; press Next step to run the forward pass.`;
    case 'forward': {
      const node = t.nodes[at.current ?? 0];
      const what = node.kind === 'op'
        ? `${node.name} = ${num(node.value)} (${node.symbol} of ${node.inputs.map((i) => t.nodes[i].name).join(' and ')})`
        : node.kind === 'variable' ? `${node.name} = ${num(node.value)} (an input)` : `the constant ${num(node.value)}`;
      return `Forward pass, node ${at.computed} of ${n}: ${what}.${at.computed === n ? ` The output is f = ${num(t.output)}; next, the backward pass.` : ''}`;
    }
    case 'backward':
    case 'done': {
      const frame = at.frame;
      if (!frame) return '';
      const head = at.phase === 'done' ? 'Backward pass complete. ' : '';
      return `${head}${frame.rule[0].toUpperCase()}${frame.rule.slice(1)}. ${frame.detail}`;
    }
  }
}

/** One sentence for screen readers: the graph, and every gradient once they are all known. */
export function graphSentence(t: GraphTrace, at: WalkPosition): string {
  const grads = at.phase === 'done' ? ` Gradients: ${t.checks.map((c) => `∂f/∂${c.name} = ${num(c.backprop)}`).join(', ')}.` : '';
  return `A graph of ${t.nodes.length} nodes computing f = ${t.expression.text} at ${t.variables.map((v, i) => `${v} = ${num(t.values[i])}`).join(', ')}; f = ${num(t.output)}.${grads}`;
}
