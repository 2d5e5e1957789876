import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { tableLabel } from '../../src/site/mdx/tableLabel';

describe('tableLabel', () => {
  it('names a table by its header cells, reading math once (MathML, not KaTeX\'s hidden copy or TeX source)', () => {
    const math = (
      <span className="katex">
        <span className="katex-mathml">
          {h('math', null, h('semantics', null, h('mrow', null, h('mi', null, 'N')), h('annotation', { encoding: 'application/x-tex' }, 'N')))}
        </span>
        <span className="katex-html" aria-hidden="true">N</span>
      </span>
    );
    const children = [
      <thead key="h"><tr><th>weights {math}</th><th>grid  points</th></tr></thead>,
      <tbody key="b"><tr><td>1</td><td>10</td></tr></tbody>,
    ];
    expect(tableLabel(children)).toBe('Table: weights N, grid points');
  });

  it('falls back to "Table" without header cells', () => {
    expect(tableLabel(<tbody><tr><td>1</td></tr></tbody>)).toBe('Table');
  });
});
