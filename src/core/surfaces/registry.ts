/** Every surface by name, each with its documented defaults, for URLs, embeds and pickers. */
import type { Surface, SurfaceName } from './surface';
import { lookupName } from '../errors';
import { createQuadratic } from './quadratic';
import type { QuadraticParams } from './quadratic';
import { createRosenbrock } from './rosenbrock';
import type { RosenbrockParams } from './rosenbrock';
import { createBeale } from './beale';
import { createHimmelblau } from './himmelblau';
import { createSaddle } from './saddle';
import { createMonkeySaddle } from './monkeySaddle';
import { createSixHumpCamel } from './sixHumpCamel';
import { createLinregMse } from './linregMse';
import type { LinregMseParams } from './linregMse';

export type { SurfaceName } from './surface';

/** The parameters each surface accepts (all optional; missing ones take the defaults). */
export interface SurfaceParams {
  quadratic: Partial<QuadraticParams>;
  rosenbrock: Partial<RosenbrockParams>;
  beale: Record<string, never>;
  himmelblau: Record<string, never>;
  saddle: Record<string, never>;
  monkeySaddle: Record<string, never>;
  sixHumpCamel: Record<string, never>;
  linregMse: Partial<LinregMseParams>;
}

type SurfaceFactory<N extends SurfaceName> = (params?: SurfaceParams[N]) => Surface;

export const surfaces: { readonly [N in SurfaceName]: SurfaceFactory<N> } = Object.freeze({
  quadratic: createQuadratic,
  rosenbrock: createRosenbrock,
  beale: createBeale,
  himmelblau: createHimmelblau,
  saddle: createSaddle,
  monkeySaddle: createMonkeySaddle,
  sixHumpCamel: createSixHumpCamel,
  linregMse: createLinregMse,
});

/** All surface names, in display order. */
export const SURFACE_NAMES = Object.freeze(Object.keys(surfaces) as SurfaceName[]);

/** Creates a surface by name; throws UnknownNameError listing the known names. */
export function createSurface<N extends SurfaceName>(name: N, params?: SurfaceParams[N]): Surface;
export function createSurface(name: string, params?: object): Surface;
export function createSurface(name: string, params?: object): Surface {
  const factory = lookupName('createSurface', surfaces, name) as (params?: object) => Surface;
  return factory(params);
}
