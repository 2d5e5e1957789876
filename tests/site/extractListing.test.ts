import { describe, expect, it } from 'vitest';
import { dedent, extractListing } from '../../src/site/listing/extractListing';

const PATH = 'src/core/optim/x.ts';

// Line numbers, 1-based, are written at the end of each line of the fixture.
const SOURCE = [
  'class X {', //                                   1
  '  step(w: Float64Array): void {', //             2
  '    const n = w.length;', //                     3
  '    // listing: step', //                        4 (marker, not shown)
  '    const alpha = this.alpha;', //               5
  '    for (let i = 0; i < n; i++) {', //           6
  '', //                                            7 (blank inside: kept, empty)
  '      w[i] -= alpha;', //                        8
  '    }', //                                       9
  '    // listing: end', //                         10
  '  }', //                                         11
  '  // listing: other', //                         12
  '  reset(): void {}', //                          13
  '  // listing: end', //                           14
  '}', //                                           15
].join('\n');

describe('extractListing', () => {
  it('returns the lines between the markers, dedented, with their line numbers', () => {
    const listing = extractListing(PATH, SOURCE, 'step');
    expect(listing).toEqual({
      path: PATH,
      region: 'step',
      lines: ['const alpha = this.alpha;', 'for (let i = 0; i < n; i++) {', '', '  w[i] -= alpha;', '}'],
      firstLine: 5,
      lastLine: 9,
    });
  });

  it('finds any named region, and reads Windows line endings the same', () => {
    expect(extractListing(PATH, SOURCE, 'other')).toMatchObject({ lines: ['reset(): void {}'], firstLine: 13, lastLine: 13 });
    expect(extractListing(PATH, SOURCE.replaceAll('\n', '\r\n'), 'step')).toEqual(extractListing(PATH, SOURCE, 'step'));
  });

  it('dedents by the indentation every non-blank line shares', () => {
    expect(dedent(['    a', '      b', '   ', '    c'])).toEqual(['a', '  b', '', 'c']);
    expect(dedent(['x', '  y'])).toEqual(['x', '  y']);
  });

  it('throws naming the file and the marker when the region is missing', () => {
    expect(() => extractListing(PATH, SOURCE, 'update')).toThrow('listing: src/core/optim/x.ts has no "// listing: update" region');
    expect(() => extractListing(PATH, 'const a = 1;', 'step')).toThrow('listing: src/core/optim/x.ts has no "// listing: step" region');
  });

  it('throws when a region is never closed, with the line it opens on', () => {
    const text = 'a\n// listing: step\nb\n';
    expect(() => extractListing(PATH, text, 'step')).toThrow(
      'listing: src/core/optim/x.ts: "// listing: step" at line 2 is never closed by "// listing: end"',
    );
  });

  it('throws on a second region of the same name, with both lines', () => {
    const text = '// listing: step\na\n// listing: end\n// listing: step\nb\n// listing: end';
    expect(() => extractListing(PATH, text, 'step')).toThrow('listing: src/core/optim/x.ts has two "// listing: step" regions (lines 1 and 4)');
  });

  it('checks the whole file, not only the region asked for', () => {
    // A broken region elsewhere in the file is still a broken file.
    const stray = `${SOURCE}\n// listing: end`;
    expect(() => extractListing(PATH, stray, 'step')).toThrow('listing: src/core/optim/x.ts line 16: "// listing: end" closes no region');
    const nested = '// listing: step\n// listing: inner\na\n// listing: end\n// listing: end';
    expect(() => extractListing(PATH, nested, 'step')).toThrow(
      'listing: src/core/optim/x.ts line 2: "// listing: inner" opens inside region "step" (line 1); regions do not nest',
    );
  });

  it('refuses a malformed marker and an empty region', () => {
    expect(() => extractListing(PATH, '// listing: the step\na\n// listing: end', 'step')).toThrow(
      'listing: src/core/optim/x.ts line 1: "// listing: the step" is not a marker',
    );
    expect(() => extractListing(PATH, 'a\n// listing: step\n   \n// listing: end', 'step')).toThrow(
      'listing: src/core/optim/x.ts: region "step" at line 2 is empty',
    );
    expect(() => extractListing(PATH, SOURCE, 'end')).toThrow('listing: "end" cannot name a region');
  });

  it('ignores "listing:" anywhere but a whole-line comment', () => {
    const text = 'const s = "// listing: step";\n// listing: step\nx();\n// listing: end';
    expect(extractListing(PATH, text, 'step')).toMatchObject({ lines: ['x();'], firstLine: 3, lastLine: 3 });
  });
});
