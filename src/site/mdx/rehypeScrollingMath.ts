import type { HastNode, HastRoot } from './rehypeExportHeadings';

// A rehype plugin, run after KaTeX: every display equation (KaTeX's `.katex-display`) is put in
// a <ScrollBox label="Equation"> (mdxComponents maps the name to the kit's ScrollBox), so a
// formula wider than a phone scrolls inside its box, shows that it does, and can take focus.

interface Element {
  type: 'element';
  tagName: string;
  properties?: { className?: unknown };
  children: HastNode[];
}

const isDisplayMath = (node: HastNode): node is Element =>
  node.type === 'element' && Array.isArray((node as Element).properties?.className) && ((node as Element).properties?.className as unknown[]).includes('katex-display');

function scrollBox(math: Element): HastNode {
  return {
    type: 'mdxJsxFlowElement',
    name: 'ScrollBox',
    attributes: [{ type: 'mdxJsxAttribute', name: 'label', value: 'Equation' }],
    children: [math],
  } as HastNode;
}

function wrap(node: HastNode): void {
  if (!('children' in node) || !node.children) return;
  node.children = node.children.map((child) => (isDisplayMath(child) ? scrollBox(child) : (wrap(child), child)));
}

export function rehypeScrollingMath() {
  return (tree: HastRoot): void => wrap(tree);
}
