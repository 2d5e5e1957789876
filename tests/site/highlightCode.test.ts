import { describe, expect, it } from 'vitest';
import { highlightLine, type Token } from '../../src/site/listing/highlightCode';

const kinds = (tokens: Token[]) => tokens.filter((t) => t.kind !== 'plain').map((t) => `${t.kind}:${t.text}`);

describe('highlightLine', () => {
  it('marks keywords, numbers and a trailing comment, and gives the line back exactly', () => {
    const line = 'for (let i = 0; i < n; i++) w[i] -= 1e-8 * g[i]; // the update';
    const tokens = highlightLine(line);
    expect(tokens.map((t) => t.text).join('')).toBe(line);
    expect(kinds(tokens)).toEqual(['keyword:for', 'keyword:let', 'number:0', 'number:1e-8', 'comment:// the update']);
  });

  it('keeps digits inside names and keywords inside longer names plain', () => {
    expect(kinds(highlightLine('const keep1 = 1 - beta1;'))).toEqual(['keyword:const', 'number:1']);
    expect(kinds(highlightLine('constant(formula, newton, thisOne)'))).toEqual([]);
  });

  it('marks strings (with escapes and template literals) as one token', () => {
    expect(kinds(highlightLine("throw new Error('it\\'s // not a comment');"))).toEqual([
      'keyword:throw',
      'keyword:new',
      "string:'it\\'s // not a comment'",
    ]);
    expect(kinds(highlightLine('const which = `Hessian + ${ridge}·I`;'))).toEqual(['keyword:const', 'string:`Hessian + ${ridge}·I`']);
  });

  it('joins neighbouring plain text into one token', () => {
    expect(highlightLine('v[i] = vi;')).toEqual([{ kind: 'plain', text: 'v[i] = vi;' }]);
    expect(highlightLine('')).toEqual([]);
  });
});
