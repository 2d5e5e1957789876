/**
 * The downhill field −∇f of a surface as arrows on a coarse grid (kit/plot/fieldArrows.ts
 * compresses the lengths, so every surface's field is readable), and the same arrows lifted
 * onto the surface for the 3-D view.
 */
import type { Surface } from '../../core';
import type { FieldArrow, MeshSegment } from '../kit';
import { sampleField } from '../kit';
import { plotAspect } from './surfaceCatalog';

/** Arrows of −∇f, `across` of them along x (and as many up as the picture's aspect allows). */
export function downhillArrows(surface: Surface, across: number): FieldArrow[] {
  const aspect = plotAspect(surface.domain);
  const g = new Float64Array(2);
  return sampleField(
    (x, y, out) => {
      surface.gradient(x, y, g);
      out[0] = -g[0];
      out[1] = -g[1];
    },
    { x: surface.domain.x, y: surface.domain.y, nx: across, ny: Math.max(3, Math.round(across * aspect)), aspect },
  );
}

/** The arrows as segments on the surface: each end at the height of f there. */
export function arrowsOnSurface(surface: Surface, arrows: readonly FieldArrow[], color: string, halo: string): MeshSegment[] {
  return arrows.map((a) => ({
    x0: a.x0,
    y0: a.y0,
    v0: surface.value(a.x0, a.y0),
    x1: a.x1,
    y1: a.y1,
    v1: surface.value(a.x1, a.y1),
    color,
    halo,
    width: 1.5,
    arrow: true,
  }));
}
