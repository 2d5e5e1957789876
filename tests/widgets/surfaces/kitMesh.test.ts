/** The kit's 3-D mesh helpers and the vector field: levels as a ladder, faces and normals, arrow lengths. */
import { describe, expect, it } from 'vitest';
import { ladder, ladderToColorT, ladderValue } from '../../../src/widgets/kit/plot/levelLadder';
import { buildMesh, meshBox, subsampleGrid } from '../../../src/widgets/kit/plot/meshGeometry';
import { sampleField, saturatingLengths } from '../../../src/widgets/kit/plot/fieldArrows';
import { arrowPath } from '../../../src/widgets/kit/plot/VectorField';

describe('ladder', () => {
  it('evenly spaced levels give a linear map from min to max', () => {
    // levels 1, 2, 3 between 0 and 4: rungs 0, 1, 2, 3, 4
    const t = ladder([1, 2, 3], 0, 4);
    expect(t(0)).toBe(0);
    expect(t(1)).toBe(0.25);
    expect(t(2.5)).toBe(0.625);
    expect(t(4)).toBe(1);
    expect(t(-7)).toBe(0);
    expect(t(99)).toBe(1);
    expect(t(NaN)).toBeNaN();
  });

  it('log-spaced levels compress: 1, 10, 100 between 0 and 1000 are evenly spaced rungs', () => {
    const t = ladder([1, 10, 100], 0, 1000);
    expect(t(10)).toBe(0.5);
    expect(t(100)).toBe(0.75);
    expect(t(550)).toBeCloseTo(0.875, 12);
  });

  it('ladderValue inverts it', () => {
    const levels = [0.3, 2, 7, 40];
    const t = ladder(levels, 0, 100), v = ladderValue(levels, 0, 100);
    for (const x of [0, 0.1, 0.3, 1, 5, 7, 39, 77, 100]) expect(v(t(x))).toBeCloseTo(x, 10);
    expect(v(1.5)).toBeNaN();
  });

  it('colours match ContourPlot’s bands: a value in band k gets a colour in [k/L, (k+1)/L)', () => {
    const levels = [1, 2, 3]; // L = 3; band k lies between level k−1 and level k
    const t = ladder(levels, 0, 4);
    expect(ladderToColorT(t(0.5), 3)).toBeCloseTo(0.5 / 3, 12); // band 0: from colour 0
    expect(ladderToColorT(t(1), 3)).toBeCloseTo(1 / 3, 12); // band 1 starts at colour 1/3
    expect(ladderToColorT(t(3.5), 3)).toBe(1); // the top band is the top colour
  });
});

describe('mesh', () => {
  const plane = { values: Float64Array.from({ length: 9 }, (_, k) => k % 3), nx: 3, ny: 3, x: [-1, 1] as const, y: [-1, 1] as const };

  it('vertices in a box centred on the origin, the longer side from −1 to 1', () => {
    const box = meshBox([0, 4], [0, 2]);
    expect(box.half).toEqual([1, 0.5, 0.55]);
    expect(box.toWorld(4, 2, 1)).toEqual([1, 0.5, 0.55]);
    expect(box.toWorld(2, 1, 0.5)).toEqual([0, 0, 0]);
    expect(meshBox([0, 1], [0, 10]).half[0]).toBeCloseTo(1 / 3, 12); // aspect clamped to 1 : 3
    expect(meshBox([0, 1], [0, 10], 1).half).toEqual([1, 1, 0.55]);
  });

  it('a tilted plane has one normal on every face, leaning against the slope', () => {
    // f = column index (0, 1, 2): rises along x. Heights t = f/2 → z from −0.55 to 0.55 over x from −1 to 1.
    const mesh = buildMesh(plane, (v) => v / 2);
    expect(mesh.faceCount).toBe(4);
    const n = [mesh.normals[0], mesh.normals[1], mesh.normals[2]];
    // slope dz/dx = 0.55: normal ∝ (−0.55, 0, 1)
    const len = Math.hypot(0.55, 1);
    expect(n[0]).toBeCloseTo(-0.55 / len, 12);
    expect(n[1]).toBeCloseTo(0, 12);
    expect(n[2]).toBeCloseTo(1 / len, 12);
    for (let f = 1; f < 4; f++) expect(mesh.normals[3 * f]).toBeCloseTo(n[0], 12);
    expect([...mesh.faceT]).toEqual([0.25, 0.75, 0.25, 0.75]);
  });

  it('a face with a non-finite corner is not drawn (NaN colour position)', () => {
    const values = Float64Array.from(plane.values);
    values[4] = NaN; // the centre touches all four faces
    const mesh = buildMesh({ ...plane, values }, (v) => (Number.isFinite(v) ? v / 2 : NaN));
    expect([...mesh.faceT].every(Number.isNaN)).toBe(true);
  });

  it('subsampling keeps every k-th sample', () => {
    const g = { values: Float64Array.from({ length: 49 }, (_, k) => k), nx: 7, ny: 7, x: [0, 6] as const, y: [0, 6] as const };
    const s = subsampleGrid(g, 3);
    expect(s.nx).toBe(3);
    expect(Array.from(s.values)).toEqual([0, 3, 6, 21, 24, 27, 42, 45, 48]);
    expect(s.x).toEqual([0, 6]);
  });
});

describe('vector field', () => {
  it('lengths m / (m + median): the median arrow is half length, zero stays zero', () => {
    expect(saturatingLengths([1, 2, 3])).toEqual([1 / 3, 0.5, 0.6]);
    expect(saturatingLengths([0, NaN, 4])).toEqual([0, NaN, 0.5]);
    expect(saturatingLengths([0, 0])).toEqual([0, 0]);
  });

  it('−∇ of x² + y² points at the origin from every sample, and vanishes nowhere on a cell-centred grid', () => {
    const arrows = sampleField((x, y, out) => ((out[0] = -2 * x), (out[1] = -2 * y)), { x: [-1, 1], y: [-1, 1], nx: 4, ny: 4 });
    expect(arrows).toHaveLength(16);
    for (const a of arrows) {
      const cx = (a.x0 + a.x1) / 2, cy = (a.y0 + a.y1) / 2; // centred on its sample
      const dx = a.x1 - a.x0, dy = a.y1 - a.y0;
      expect(dx * -cx + dy * -cy).toBeGreaterThan(0); // toward the origin
      expect(Math.abs(dx * cy - dy * cx)).toBeLessThan(1e-12); // exactly along the radius
      expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(0.85 * 0.5 + 1e-12); // within a cell (width 0.5)
    }
  });

  it('skips samples where the vector is not finite', () => {
    const arrows = sampleField((x, _y, out) => ((out[0] = x > 0 ? NaN : 1), (out[1] = 0)), { x: [-1, 1], y: [0, 1], nx: 2, ny: 1 });
    expect(arrows).toHaveLength(1);
  });

  it('an arrow too short to draw is a dot', () => {
    expect(arrowPath(10, 10, 10.2, 10)).toBe('M10.0,10.0h0');
    expect(arrowPath(0, 0, 20, 0)).toMatch(/^M0\.0,0\.0L20\.0,0\.0M/);
  });
});
