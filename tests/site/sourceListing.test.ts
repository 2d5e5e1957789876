/**
 * <SourceListing>'s source: a region of the core, of a worker task and of a widget's model
 * file, cut out at build time; an unknown file or region stops the build with a message that
 * names it.
 */
import { describe, expect, it } from 'vitest';
import { sourceListing } from '../../src/site/listing/sourceListings';

describe('sourceListing', () => {
  it('cuts a region from the core, a worker task and a widget model, dedented, with its lines', () => {
    const lasso = sourceListing('core/models/polynomial.ts', 'lasso');
    expect(lasso.path).toBe('src/core/models/polynomial.ts');
    expect(lasso.lines[0]).toBe('for (let j = 0; j < p; j++) {');
    expect(lasso.lines.join('\n')).toContain('softThreshold((2 * rho) / n, l1)');
    expect(lasso.lastLine - lasso.firstLine + 1).toBe(lasso.lines.length);
    expect(sourceListing('worker/tasks/earlyStopping.ts', 'stop').lines.join('\n')).toContain('MIN_IMPROVEMENT');
    expect(sourceListing('widgets/dropout/dropoutModel.ts', 'average').lines[0]).toMatch(/^export function averageOf\(/);
  });

  it('names a file it cannot list from, and a missing region', () => {
    expect(() => sourceListing('core/models/polynomal.ts', 'lasso')).toThrow(/src\/core\/models\/polynomal\.ts is not a file the book lists code from .*in that folder: .*core\/models\/polynomial\.ts/);
    expect(() => sourceListing('widgets/dropout/DropoutWidget.tsx', 'x')).toThrow(/not a file the book lists code from/);
    expect(() => sourceListing('core/models/polynomial.ts', 'nothing')).toThrow(/nothing/);
  });
});
