import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../src/site/mdx/nestHeadings';
import { collectHeadings } from '../../src/site/mdx/rehypeExportHeadings';
import type { HastNode, HastRoot } from '../../src/site/mdx/rehypeExportHeadings';

describe('collectHeadings', () => {
  it('takes h2/h3 with ids, in document order, with their plain text', () => {
    const el = (tagName: string, id: string | undefined, ...children: HastNode[]): HastNode => ({
      type: 'element',
      tagName,
      properties: id ? { id } : {},
      children,
    });
    const text = (value: string): HastNode => ({ type: 'text', value });
    const tree: HastRoot = {
      type: 'root',
      children: [
        el('h1', 'title', text('Title')),
        el('h2', 'a', text('A '), el('code', undefined, text('b'))),
        el('div', undefined, el('h3', 'c', text('C'))),
        el('h2', undefined, text('no id')),
        el('h4', 'd', text('D')),
      ],
    };
    expect(collectHeadings(tree)).toEqual([
      { depth: 2, id: 'a', text: 'A b' },
      { depth: 3, id: 'c', text: 'C' },
    ]);
  });
});

describe('nestHeadings', () => {
  it('puts each h3 under the h2 before it', () => {
    const nested = nestHeadings([
      { depth: 3, id: 'early', text: 'Early' },
      { depth: 2, id: 'a', text: 'A' },
      { depth: 3, id: 'a1', text: 'A1' },
      { depth: 3, id: 'a2', text: 'A2' },
      { depth: 2, id: 'b', text: 'B' },
    ]);
    expect(nested.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([
      ['early', []],
      ['a', ['a1', 'a2']],
      ['b', []],
    ]);
  });
});
