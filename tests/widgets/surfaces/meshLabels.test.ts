import { describe, expect, it } from 'vitest';
import { type Label, type LabelContext, placeLabels } from '../../../src/widgets/kit/plot/drawMesh';

function fakeContext(): LabelContext & { drawn: string[] } {
  const drawn: string[] = [];
  return { drawn, fillStyle: '', textAlign: 'left', measureText: (t) => ({ width: 7 * t.length }), fillText: (t) => void drawn.push(t) };
}

const label = (text: string, x: number, y: number, extra: Partial<Label> = {}): Label => ({ text, x, y, align: 'right', color: '#000', priority: 1, ...extra });

describe('placeLabels', () => {
  it('keeps the height labels’ column clear: a y tick between two heights is left out, not drawn among them', () => {
    const ctx = fakeContext();
    // heights 2500 (top), 93, 0 down the box's edge; the y tick "2" lands between 2500 and 93
    placeLabels(ctx, [
      label('2500', 60, 20, { height: true }),
      label('93', 60, 80, { height: true }),
      label('0', 60, 140, { height: true }),
      label('2', 58, 45, { priority: 1 }),
      label('1', 72, 110, { align: 'left' }), // just right of the column, by the box's edge
      label('x', 200, 150, { priority: 0 }),
    ]);
    expect(ctx.drawn).toEqual(['2500', '93', '0', 'x']);
  });

  it('draws labels that do not overlap, in priority order', () => {
    const ctx = fakeContext();
    placeLabels(ctx, [label('b', 10, 10, { priority: 2 }), label('a', 100, 100, { priority: 1 }), label('c', 11, 11, { priority: 3 })]);
    expect(ctx.drawn).toEqual(['a', 'b']);
  });
});
