/**
 * A sampled surface as a 3-D mesh, pure: the grid's samples become vertices in a box centred on
 * the origin, each cell becomes a quadrilateral face with a colour position and a normal. Built
 * once per grid; a rotation only re-projects (projection3d.ts).
 *
 * The box: the longer side of the (x, y) window spans [−1, 1], the other keeps the window's
 * aspect (clamped to [1/3, 3]) unless an aspect (y span ÷ x span) is given; heights are ladder positions t ∈ [0, 1] (levelLadder.ts)
 * mapped to z ∈ [−bz, bz].
 */
import type { GridLike } from './grid';
import { checkGrid } from './grid';
import type { Vec3 } from './projection3d';

/** Half-height of the box in world units (half-width is 1). */
export const BOX_HALF_HEIGHT = 0.55;

export interface MeshBox {
  /** Half-extents of the box in world units. */
  half: Vec3;
  /** Data x → world x, data y → world y, ladder position t → world z. */
  toWorld(x: number, y: number, t: number): Vec3;
}

/** The world box for a data window; `aspect` = the box's depth ÷ width (default: the window's). */
export function meshBox(x: readonly [number, number], y: readonly [number, number], aspect?: number): MeshBox {
  const wx = x[1] - x[0], wy = y[1] - y[0];
  const ratio = Math.min(3, Math.max(1 / 3, aspect ?? wy / wx));
  const bx = ratio > 1 ? 1 / ratio : 1, by = ratio > 1 ? 1 : ratio;
  const half: Vec3 = [bx, by, BOX_HALF_HEIGHT];
  const mx = (x[0] + x[1]) / 2, my = (y[0] + y[1]) / 2;
  return {
    half,
    toWorld: (px, py, t) => [((px - mx) / (wx / 2)) * bx, ((py - my) / (wy / 2)) * by, (2 * t - 1) * BOX_HALF_HEIGHT],
  };
}

export interface Mesh {
  readonly nx: number;
  readonly ny: number;
  /** Vertex positions x, y, z per sample (row-major like the grid); z is NaN where f is not finite. */
  readonly xyz: Float64Array;
  /** Faces: (nx − 1)(ny − 1) cells, face k = j·(nx − 1) + i has corners (i, j), (i+1, j), (i+1, j+1), (i, j+1). */
  readonly faceCount: number;
  /** Mean ladder position of each face's corners (its colour); NaN if a corner is not finite. */
  readonly faceT: Float64Array;
  /** Unit normal of each face (z ≥ 0), three numbers per face. */
  readonly normals: Float64Array;
  readonly box: MeshBox;
}

/** Vertex index of sample (i, j). */
const at = (nx: number, i: number, j: number): number => j * nx + i;

export function buildMesh(grid: GridLike, toT: (v: number) => number, aspect?: number): Mesh {
  checkGrid(grid);
  const { nx, ny, values } = grid;
  const box = meshBox(grid.x, grid.y, aspect);
  const [x0, x1] = grid.x, [y0, y1] = grid.y;
  const xyz = new Float64Array(3 * nx * ny);
  const t = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = y0 + ((y1 - y0) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) {
      const k = at(nx, i, j);
      t[k] = toT(values[k]);
      const p = box.toWorld(x0 + ((x1 - x0) * i) / (nx - 1), y, Number.isFinite(t[k]) ? t[k] : 0);
      xyz[3 * k] = p[0];
      xyz[3 * k + 1] = p[1];
      xyz[3 * k + 2] = Number.isFinite(t[k]) ? p[2] : NaN;
    }
  }
  const faceCount = (nx - 1) * (ny - 1);
  const faceT = new Float64Array(faceCount);
  const normals = new Float64Array(3 * faceCount);
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const f = j * (nx - 1) + i;
      const a = at(nx, i, j), b = at(nx, i + 1, j), c = at(nx, i + 1, j + 1), d = at(nx, i, j + 1);
      faceT[f] = (t[a] + t[b] + t[c] + t[d]) / 4; // NaN if any corner is
      // Normal = (c − a) × (d − b): the cross product of the diagonals, fine for a non-planar quad.
      const ux = xyz[3 * c] - xyz[3 * a], uy = xyz[3 * c + 1] - xyz[3 * a + 1], uz = xyz[3 * c + 2] - xyz[3 * a + 2];
      const vx = xyz[3 * d] - xyz[3 * b], vy = xyz[3 * d + 1] - xyz[3 * b + 1], vz = xyz[3 * d + 2] - xyz[3 * b + 2];
      let nxv = uy * vz - uz * vy, nyv = uz * vx - ux * vz, nzv = ux * vy - uy * vx;
      const len = Math.hypot(nxv, nyv, nzv);
      if (len > 0 && nzv < 0) {
        nxv = -nxv;
        nyv = -nyv;
        nzv = -nzv;
      }
      normals[3 * f] = len > 0 ? nxv / len : 0;
      normals[3 * f + 1] = len > 0 ? nyv / len : 0;
      normals[3 * f + 2] = len > 0 ? nzv / len : 1;
    }
  }
  return { nx, ny, xyz, faceCount, faceT, normals, box };
}

/**
 * Every `every`-th sample of a grid along both axes (the last row and column always kept when
 * they fall on the step): a 121 × 121 contour grid gives a 41 × 41 mesh with every = 3.
 */
export function subsampleGrid(grid: GridLike, every: number): GridLike {
  checkGrid(grid);
  const step = Math.max(1, Math.floor(every));
  const { nx, ny, values } = grid;
  const mx = Math.floor((nx - 1) / step) + 1, my = Math.floor((ny - 1) / step) + 1;
  const out = new Float64Array(mx * my);
  for (let j = 0; j < my; j++) for (let i = 0; i < mx; i++) out[j * mx + i] = values[j * step * nx + i * step];
  const [x0, x1] = grid.x, [y0, y1] = grid.y;
  return {
    values: out,
    nx: mx,
    ny: my,
    x: [x0, x0 + ((x1 - x0) * (mx - 1) * step) / (nx - 1)],
    y: [y0, y0 + ((y1 - y0) * (my - 1) * step) / (ny - 1)],
  };
}
