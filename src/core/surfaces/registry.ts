/** Every surface by name, each with its documented defaults, for URLs, embeds and pickers. */
import type { Surface, SurfaceName } from './surface';
import { lookupName, UnknownNameError } from '../errors';
import { createQuadratic, QUADRATIC_DEFAULTS } from './quadratic';
import type { QuadraticParams } from './quadratic';
import { createRosenbrock, ROSENBROCK_DEFAULTS } from './rosenbrock';
import type { RosenbrockParams } from './rosenbrock';
import { createBeale } from './beale';
import { createHimmelblau } from './himmelblau';
import { createSaddle } from './saddle';
import { createMonkeySaddle } from './monkeySaddle';
import { createSixHumpCamel } from './sixHumpCamel';
import { createLinregMse, LINREG_MSE_DEFAULTS } from './linregMse';
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
  // A misspelt parameter ("rotation" for rotationDeg) would otherwise be ignored without a word.
  const known = Object.keys(PARAMETER_DEFAULTS[name as SurfaceName] ?? {});
  for (const key of Object.keys(params ?? {})) {
    if (!known.includes(key)) {
      throw new UnknownNameError('createSurface', `unknown parameter "${key}" for ${name} (${known.length === 0 ? 'it takes none' : `known: ${known.join(', ')}`})`);
    }
  }
  return factory(params);
}

/** Each surface's parameters with their defaults; a surface without parameters takes none. */
const PARAMETER_DEFAULTS: { readonly [N in SurfaceName]: object } = {
  quadratic: QUADRATIC_DEFAULTS,
  rosenbrock: ROSENBROCK_DEFAULTS,
  beale: {},
  himmelblau: {},
  saddle: {},
  monkeySaddle: {},
  sixHumpCamel: {},
  linregMse: LINREG_MSE_DEFAULTS,
};
