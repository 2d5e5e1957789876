/**
 * The reader's drawn points (drawnPoints.ts): one `points` field per class round trips through
 * the URL; adding rounds and caps; removing takes the nearest within the radius; the drawn
 * points of the data's classes join the training points; the CSV import is all or nothing with
 * every bad line named.
 */
import { describe, expect, it } from 'vitest';
import { makePlaygroundData } from '../../src/worker/tasks/playgroundData';
import { defaultState, fromQuery, toQuery } from '../../src/widgets/state';
import { addDrawn, drawnOf, drawnPatch, type LabelledPoint, MAX_CSV_CHARS, MAX_DRAWN_PER_CLASS, nearestDrawn, parseLabelledCsv, targetsOf, targetsPatch, withDrawn } from '../../src/widgets/playground/drawnPoints';
import { playgroundSchema } from '../../src/widgets/playground/playgroundSchema';

const pts: LabelledPoint[] = [{ x: 0.5, y: -0.25, label: 0 }, { x: -1, y: 1.2, label: 1 }, { x: 0.33, y: 0.01, label: 3 }];

describe('drawn points', () => {
  it('round trip through the URL, a field per class', () => {
    const s = { ...defaultState(playgroundSchema), ...drawnPatch(pts) };
    const query = toQuery('playground', playgroundSchema, s);
    expect(query).toContain('drawn1=0.5,-0.25');
    const back = fromQuery('playground', playgroundSchema, new URLSearchParams(query));
    expect(back.problems).toEqual([]);
    expect(drawnOf(back.state)).toEqual(pts);
  });

  it('a link with too many points of a class keeps the cap and says so', () => {
    const many = Array.from({ length: MAX_DRAWN_PER_CLASS + 3 }, (_, i) => `0.${i % 10},0.1`).join(';');
    const back = fromQuery('playground', playgroundSchema, new URLSearchParams(`playground.drawn2=${many}`));
    expect(back.state.drawn2.length).toBe(MAX_DRAWN_PER_CLASS);
    expect(back.problems.join(' ')).toMatch(/more than the maximum 40/);
  });

  it('adding rounds to 0.01 inside the box and stops at the cap; removing takes the nearest within the radius', () => {
    expect(addDrawn([], 0.123456, 9, 2).points).toEqual([{ x: 0.12, y: 1.5, label: 2 }]);
    const full = Array.from({ length: MAX_DRAWN_PER_CLASS }, () => ({ x: 0, y: 0, label: 1 }));
    expect(addDrawn(full, 0, 0, 1).problem).toMatch(/Class 2 already has 40 drawn points/);
    expect(addDrawn(full, 0, 0, 0).problem).toBeNull();
    expect(nearestDrawn(pts, 0.52, -0.2, 0.08)).toBe(0);
    expect(nearestDrawn(pts, 0.7, -0.2, 0.08)).toBe(-1);
    expect(nearestDrawn(pts, 0.7, -0.2)).toBe(0);
  });

  it('join the training points when their class exists in the data (class 4 on circles does not)', () => {
    const data = makePlaygroundData({ dataset: 'circles', noise: 0.1, classes: 2, trainShare: 0.5, seed: 1 });
    const p = withDrawn(data, pts);
    expect(p.trainY.length).toBe(data.train.n + 2);
    expect(Array.from(p.trainY.slice(-2))).toEqual([0, 1]);
    expect(Array.from(p.trainX.slice(-4))).toEqual([0.5, -0.25, -1, 1.2]);
    expect(p.testY).toBe(data.test.y);
  });

  it('regression points carry a target: (x, y, target) triples in the link, clamped to [−1, 1], joining the training targets', () => {
    const mine = [{ x: 0.5, y: -0.25, label: 0.8 }, { x: -1, y: 1.2, label: -0.35 }];
    const s = { ...defaultState(playgroundSchema), dataset: 'bump' as const, ...targetsPatch(mine) };
    const query = toQuery('playground', playgroundSchema, s);
    expect(query).toContain('drawnT=0.5,-0.25,0.8,-1,1.2,-0.35');
    const back = fromQuery('playground', playgroundSchema, new URLSearchParams(query));
    expect(back.problems).toEqual([]);
    expect(targetsOf(back.state.drawnT)).toEqual(mine);
    expect(addDrawn([], 0.123, 0, 3.2, true).points).toEqual([{ x: 0.12, y: 0, label: 1 }]);
    expect(addDrawn(Array.from({ length: MAX_DRAWN_PER_CLASS }, () => mine[0]), 0, 0, 0, true).problem).toMatch(/already 40 drawn points/);
    const regression = makePlaygroundData({ dataset: 'bump', noise: 0.1, classes: 2, trainShare: 0.5, seed: 1 });
    const p = withDrawn(regression, mine);
    expect(Array.from(p.trainY.slice(-2))).toEqual([0.8, -0.35]);
    expect(Array.from(p.trainX.slice(-4))).toEqual([0.5, -0.25, -1, 1.2]);
    // an incomplete triple in a link is dropped, and said
    const cut = fromQuery('playground', playgroundSchema, new URLSearchParams('playground.drawnT=0.5,0.5,1,0.2'));
    expect(targetsOf(cut.state.drawnT)).toEqual([{ x: 0.5, y: 0.5, label: 1 }]);
    expect(cut.problems.join(' ')).toMatch(/groups of 3/);
  });

  it('imports regression CSV as x1,x2,target, the target in [−1, 1], at most 40 in all', () => {
    expect(parseLabelledCsv('x1,x2,target\n0.5,-0.2,0.75\n', null)).toEqual({ ok: true, points: [{ x: 0.5, y: -0.2, label: 0.75 }] });
    expect(parseLabelledCsv('0,0,1.5\n0,0', null)).toEqual({ ok: false, problems: [
      'Line 1 ("0,0,1.5"): the target must be in [-1, 1], got 1.5.',
      'Line 2 ("0,0"): needs 3 values, x1,x2,target; it has 2.',
    ] });
    const tooMany = parseLabelledCsv(Array.from({ length: 41 }, () => '0,0,0.5').join('\n'), null);
    expect(tooMany.ok ? [] : tooMany.problems).toEqual(['There are 41 points; at most 40.']);
    expect(parseLabelledCsv('', null)).toEqual({ ok: false, problems: ['No points: write one "x1,x2,target" per line.'] });
  });

  it('imports CSV with a header and comments, and names every bad line, importing nothing', () => {
    expect(parseLabelledCsv('x1,x2,label\n# mine\n0.5, -0.2, 1\n\n-0.7\t0.4\t2\n', 2)).toEqual({ ok: true, points: [{ x: 0.5, y: -0.2, label: 0 }, { x: -0.7, y: 0.4, label: 1 }] });
    const r = parseLabelledCsv('0.5,0.5,1\n0.1,0.2\n0.1,abc,1\n2,0,1\n0,0,3\n0,0,1.5', 2);
    expect(r).toEqual({ ok: false, problems: [
      'Line 2 ("0.1,0.2"): needs 3 values, x1,x2,label; it has 2.',
      'Line 3 ("0.1,abc,1"): "abc" is not a number.',
      'Line 4 ("2,0,1"): x1 and x2 must be in [-1.5, 1.5].',
      'Line 5 ("0,0,3"): the label must be a class 1 to 2, got 3.',
      'Line 6 ("0,0,1.5"): the label must be a class 1 to 2, got 1.5.',
    ] });
    const seven = parseLabelledCsv(Array.from({ length: 7 }, () => 'x').join('\n'), 2);
    expect(seven.ok ? [] : seven.problems.at(-1)).toBe('… and 2 more bad lines.');
    const tooMany = parseLabelledCsv(Array.from({ length: 41 }, () => '0,0,1').join('\n'), 2);
    expect(tooMany.ok ? [] : tooMany.problems).toEqual(['Class 1 has 41 points; at most 40 per class.']);
    expect(parseLabelledCsv('', 2)).toEqual({ ok: false, problems: ['No points: write one "x1,x2,label" per line.'] });
    expect(parseLabelledCsv('0'.repeat(MAX_CSV_CHARS + 1), 2).ok).toBe(false);
  });
});
