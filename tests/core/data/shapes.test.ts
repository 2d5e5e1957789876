/** What each generator draws, checked with the noise turned off where that makes it exact. */
import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../src/core/data/dataset';
import { LINREG7, LINREG7_XS, LINREG7_YS, makeLinreg7 } from '../../../src/core/data/linreg7';
import { makeSmooth1d, smooth1dTarget } from '../../../src/core/data/smooth1d';
import { makeSpirals } from '../../../src/core/data/spirals';
import { makeMoons } from '../../../src/core/data/moons';
import { makeCircles } from '../../../src/core/data/circles';
import { makeXor } from '../../../src/core/data/xor';
import { makeBlobs } from '../../../src/core/data/blobs';
import { RangeError_, ShapeError } from '../../../src/core/errors';

const rows = (x: Float64Array, n: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => [x[2 * i], x[2 * i + 1]]);

describe('linreg7', () => {
  it('is the chapter table', () => {
    expect(Array.from(LINREG7.x)).toEqual([2.4, 2.8, 3.2, 3.6, 4.0, 4.2, 5.0]);
    expect(Array.from(LINREG7.y)).toEqual([1.7, 1.85, 1.79, 1.95, 2.1, 2.0, 2.7]);
    expect(LINREG7.n).toBe(7);
    expect(LINREG7.d).toBe(1);
    expect(LINREG7.classes).toBeUndefined();
    expect(LINREG7_XS).toHaveLength(7);
    expect(LINREG7_YS).toHaveLength(7);
  });

  it('hands out fresh copies', () => {
    const a = makeLinreg7();
    a.x[0] = 99;
    expect(makeLinreg7().x[0]).toBe(2.4);
    expect(LINREG7.x[0]).toBe(2.4);
  });
});

describe('smooth1d', () => {
  it('with no noise lies on sin(2πx), x evenly spaced over [0, 1]', () => {
    const ds = makeSmooth1d({ n: 11, noise: 0 });
    for (let i = 0; i < 11; i++) {
      expect(ds.x[i]).toBeCloseTo(i / 10, 15);
      expect(ds.y[i]).toBe(smooth1dTarget(ds.x[i]));
    }
  });

  it('with random spacing draws sorted x in [0, 1)', () => {
    const ds = makeSmooth1d({ n: 200, spacing: 'random', noise: 0.1 });
    for (let i = 1; i < 200; i++) expect(ds.x[i]).toBeGreaterThanOrEqual(ds.x[i - 1]);
    expect(ds.x[0]).toBeGreaterThanOrEqual(0);
    expect(ds.x[199]).toBeLessThan(1);
  });

  it('has noise of about the requested standard deviation', () => {
    const ds = makeSmooth1d({ n: 5000, noise: 0.3 });
    let ss = 0;
    for (let i = 0; i < ds.n; i++) ss += (ds.y[i] - smooth1dTarget(ds.x[i])) ** 2;
    expect(Math.sqrt(ss / ds.n)).toBeCloseTo(0.3, 1);
  });

  it('rejects an unknown spacing', () => {
    expect(() => makeSmooth1d({ spacing: 'grid' as 'even' })).toThrow(
      'smooth1d: spacing must be "even" or "random", got grid',
    );
  });
});

describe('spirals', () => {
  it('has both classes, as two arms half a turn apart', () => {
    const ds = makeSpirals({ n: 100, noise: 0 });
    expect(classCounts(ds)).toEqual([50, 50]);
    // Without noise class 1 is class 0 rotated by π: the same radii, opposite points.
    for (let i = 0; i < 50; i++) {
      expect(ds.x[2 * (50 + i)]).toBeCloseTo(-ds.x[2 * i], 12);
      expect(ds.x[2 * (50 + i) + 1]).toBeCloseTo(-ds.x[2 * i + 1], 12);
    }
    for (const [x, y] of rows(ds.x, 100)) expect(Math.hypot(x, y)).toBeLessThan(1);
  });

  it('winds `turns` times: the angle grows by 2π·turns from centre to rim', () => {
    const ds = makeSpirals({ n: 2000, noise: 0, turns: 2 });
    let winding = 0;
    for (let i = 1; i < 1000; i++) {
      const a0 = Math.atan2(ds.x[2 * i - 1], ds.x[2 * i - 2]), a1 = Math.atan2(ds.x[2 * i + 1], ds.x[2 * i]);
      winding += Math.atan2(Math.sin(a1 - a0), Math.cos(a1 - a0));
    }
    expect(winding / (2 * Math.PI)).toBeCloseTo(2 * (999 / 1000), 2);
  });

  it('rejects turns <= 0', () => {
    expect(() => makeSpirals({ turns: 0 })).toThrow('spirals: turns must be > 0, got 0');
  });
});

describe('moons', () => {
  it('with no noise puts class 0 on the upper unit arc and class 1 on the shifted lower arc', () => {
    const ds = makeMoons({ n: 200, noise: 0 });
    rows(ds.x, 200).forEach(([x, y], i) => {
      if (ds.y[i] === 0) {
        expect(Math.hypot(x, y)).toBeCloseTo(1, 12);
        expect(y).toBeGreaterThanOrEqual(0);
      } else {
        expect(Math.hypot(x - 1, y - 0.5)).toBeCloseTo(1, 12);
        expect(y).toBeLessThanOrEqual(0.5);
      }
    });
  });
});

describe('circles', () => {
  it('with no noise puts class 0 on radius 1 and class 1 on radius factor', () => {
    const ds = makeCircles({ n: 101, noise: 0, factor: 0.3 });
    rows(ds.x, 101).forEach(([x, y], i) => {
      expect(Math.hypot(x, y)).toBeCloseTo(ds.y[i] === 0 ? 1 : 0.3, 12);
    });
    expect(classCounts(ds)).toEqual([51, 50]);
  });

  it('rejects a factor outside (0, 1)', () => {
    expect(() => makeCircles({ factor: 1 })).toThrow(RangeError_);
    expect(() => makeCircles({ factor: 1 })).toThrow('circles: factor must be in (0, 1), got 1');
    expect(() => makeCircles({ factor: NaN })).toThrow('circles: factor must be finite, got NaN');
  });
});

describe('xor', () => {
  it('with no noise labels every point by the xor of its coordinate signs', () => {
    const ds = makeXor({ n: 400, noise: 0 });
    rows(ds.x, 400).forEach(([x, y], i) => {
      expect(ds.y[i]).toBe(x > 0 !== y > 0 ? 1 : 0);
      expect(Math.min(Math.abs(x), Math.abs(y))).toBeGreaterThanOrEqual(0.1); // padding
    });
    expect(classCounts(ds)).toEqual([200, 200]);
  });

  it('fills all four quadrants', () => {
    const ds = makeXor({ n: 8, noise: 0 });
    const quadrants = new Set(rows(ds.x, 8).map(([x, y]) => `${Math.sign(x)},${Math.sign(y)}`));
    expect(quadrants.size).toBe(4);
  });

  it('with noise flips some points across the axes (label noise)', () => {
    const ds = makeXor({ n: 2000, noise: 0.3 });
    const wrong = rows(ds.x, 2000).filter(([x, y], i) => ds.y[i] !== (x > 0 !== y > 0 ? 1 : 0)).length;
    expect(wrong).toBeGreaterThan(0);
    expect(wrong).toBeLessThan(1000);
  });

  it('rejects padding outside [0, 1)', () => {
    expect(() => makeXor({ padding: 1 })).toThrow('xor: padding must be in [0, 0.999], got 1');
  });
});

describe('blobs', () => {
  it('centers K blobs on a circle by default, with the requested spread', () => {
    const ds = makeBlobs({ n: 3000, k: 3, radius: 4, std: 0.25 });
    expect(ds.classes).toBe(3);
    expect(classCounts(ds)).toEqual([1000, 1000, 1000]);
    for (let c = 0; c < 3; c++) {
      const pts = rows(ds.x, 3000).filter((_, i) => ds.y[i] === c);
      const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
      const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
      const t = (2 * Math.PI * c) / 3;
      expect(mx).toBeCloseTo(4 * Math.cos(t), 1);
      expect(my).toBeCloseTo(4 * Math.sin(t), 1);
      const sd = Math.sqrt(pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0) / pts.length);
      expect(sd).toBeCloseTo(0.25, 1);
    }
  });

  it('uses given centers, one class each', () => {
    const ds = makeBlobs({ n: 6, centers: [[5, 5], [-5, 0]], std: 0 });
    expect(ds.classes).toBe(2);
    expect(rows(ds.x, 6)).toEqual([[5, 5], [5, 5], [5, 5], [-5, 0], [-5, 0], [-5, 0]]);
    expect(Array.from(ds.y)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('validates k, std and centers', () => {
    expect(() => makeBlobs({ k: 0 })).toThrow('blobs: k must be in [1, 64], got 0');
    expect(() => makeBlobs({ std: -1 })).toThrow('blobs: std must be >= 0, got -1');
    expect(() => makeBlobs({ centers: [] })).toThrow(ShapeError);
    expect(() => makeBlobs({ centers: [[0, NaN]] })).toThrow('blobs: centers[0][1] must be finite, got NaN');
  });
});
