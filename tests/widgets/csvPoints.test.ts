/** CSV points: all or nothing, every bad line named with why, size and count capped. */
import { describe, expect, it } from 'vitest';
import { parseCsvPoints, pointsToCsv } from '../../src/widgets/overfit/csvPoints';

const limits = { x: [0, 1], y: [-2, 2], minRows: 4, maxRows: 6, maxChars: 200 } as const;

describe('parseCsvPoints', () => {
  it('reads x,y lines with a header, comments, blank lines and other separators', () => {
    const r = parseCsvPoints('x,y\n# a comment\n0.1,0.5\n\n0.2;-1\n0.3\t1.5\n0.4 0', limits);
    expect(r).toEqual({ ok: true, points: [[0.1, 0.5], [0.2, -1], [0.3, 1.5], [0.4, 0]] });
  });

  it('round-trips what pointsToCsv writes', () => {
    const points: [number, number][] = [[0, 0], [0.25, -1.5], [0.5, 2], [1, 1e-3]];
    expect(parseCsvPoints(pointsToCsv(points), limits)).toEqual({ ok: true, points });
  });

  it('takes nothing if a line is bad, and says which line and why', () => {
    const r = parseCsvPoints('0.1,0.5\n0.2,abc\n1.4,0\n0.3,0.1,7\n0.5,-3', limits);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'Line 2 ("0.2,abc"): "abc" is not a number.',
      'Line 3 ("1.4,0"): x = 1.4 is outside 0 to 1.',
      'Line 4 ("0.3,0.1,7"): expected two numbers, x and y, found 3 values.',
      'Line 5 ("0.5,-3"): y = -3 is outside -2 to 2.',
    ]);
  });

  it('caps the count, the length and the listed problems', () => {
    const many = Array.from({ length: 7 }, (_, i) => `0.${i},0`).join('\n');
    expect(parseCsvPoints(many, limits)).toEqual({ ok: false, problems: ['7 points is more than the 6 this widget takes.'] });
    expect(parseCsvPoints('0.1,0\n0.2,0', limits)).toEqual({ ok: false, problems: ['2 points is too few: at least 4 are needed to split them into training and validation sets.'] });
    const long = parseCsvPoints('x'.repeat(201), limits);
    expect(long.ok ? '' : long.problems[0]).toMatch(/201 characters long; at most 200/);
    const bad = parseCsvPoints(Array.from({ length: 8 }, () => 'a,b,c').join('\n'), { ...limits, maxChars: 1000 });
    expect(bad.ok ? [] : bad.problems).toHaveLength(6);
    expect(bad.ok ? '' : bad.problems[5]).toBe('… and 3 more bad lines.');
  });
});
