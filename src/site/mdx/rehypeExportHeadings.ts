import type { TocHeading } from './headingTypes';

// A rehype plugin that adds `export const headings = [...]` to every MDX module, listing its
// h2/h3 headings. The contents list is then plain data, computed once at build time, instead
// of something the page has to dig out of rendered React children.
// The node shapes are declared here, minimally, so the site does not depend on @types/hast.

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
interface HastOther {
  type: string;
  children?: HastNode[];
}
/** An ES module block inside MDX; the MDX compiler turns its estree into real exports. */
interface MdxjsEsm {
  type: 'mdxjsEsm';
  value: string;
  data: { estree: unknown };
}
export type HastNode = HastText | HastElement | MdxjsEsm | HastOther;
export interface HastRoot {
  type: 'root';
  children: HastNode[];
}

const isElement = (node: HastNode): node is HastElement => node.type === 'element';
const isText = (node: HastNode): node is HastText => node.type === 'text';

function textOf(node: HastNode): string {
  if (isText(node)) return node.value;
  return ('children' in node && node.children ? node.children : []).map(textOf).join('');
}

/** h2/h3 elements in document order, with their ids. Headings without an id are skipped. */
export function collectHeadings(tree: HastRoot): TocHeading[] {
  const found: TocHeading[] = [];
  const visit = (node: HastNode): void => {
    if (isElement(node) && (node.tagName === 'h2' || node.tagName === 'h3')) {
      const id = node.properties?.id;
      if (typeof id === 'string' && id !== '') {
        found.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: textOf(node).trim() });
      }
      return;
    }
    if ('children' in node && node.children) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

const literal = (value: string | number) => ({ type: 'Literal', value });
const property = (key: string, value: string | number) => ({
  type: 'Property',
  key: { type: 'Identifier', name: key },
  value: literal(value),
  kind: 'init',
  method: false,
  shorthand: false,
  computed: false,
});

/** The ESTree of `export const headings = [{depth, id, text}, ...]`. */
function exportHeadingsEstree(headings: TocHeading[]) {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExportNamedDeclaration',
        specifiers: [],
        source: null,
        declaration: {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [
            {
              type: 'VariableDeclarator',
              id: { type: 'Identifier', name: 'headings' },
              init: {
                type: 'ArrayExpression',
                elements: headings.map((h) => ({
                  type: 'ObjectExpression',
                  properties: [property('depth', h.depth), property('id', h.id), property('text', h.text)],
                })),
              },
            },
          ],
        },
      },
    ],
  };
}

export function rehypeExportHeadings() {
  return (tree: HastRoot): void => {
    const headings = collectHeadings(tree);
    const esm: MdxjsEsm = { type: 'mdxjsEsm', value: '', data: { estree: exportHeadingsEstree(headings) } };
    tree.children.unshift(esm);
  };
}
