/**
 * A surface and an optimizer as plain data ({ name, params } and { name, config }), the form a
 * message, a URL or an embed attribute carries, typed per name from the core's tables.
 */
import { createOptimizer, createSurface } from '../../core';
import type { Optimizer, OptimizerConfigs, OptimizerName, Surface, SurfaceName, SurfaceParams } from '../../core';
import { requireRecord } from './validate';

/** One surface by name with its parameters (missing ones take the core's defaults). */
export type SurfaceChoice = {
  [N in SurfaceName]: { readonly name: N; readonly params?: SurfaceParams[N] };
}[SurfaceName];

/** One optimizer by name with its config (missing keys take the core's defaults). */
export type OptimizerChoice = {
  [K in OptimizerName]: { readonly name: K; readonly config?: Partial<OptimizerConfigs[K]> };
}[OptimizerName];

/** Builds the surface; unknown names and bad parameters throw the core's typed errors. */
export function surfaceFrom(op: string, choice: unknown): Surface {
  const c = requireRecord(op, 'surface', choice);
  const params = c.params === undefined ? undefined : requireRecord(op, 'surface.params', c.params);
  return createSurface(String(c.name), params);
}

/** Builds a fresh optimizer (its state starts empty). */
export function optimizerFrom(op: string, choice: unknown): Optimizer {
  const c = requireRecord(op, 'optimizer', choice);
  const config = c.config === undefined ? undefined : requireRecord(op, 'optimizer.config', c.config);
  return createOptimizer(String(c.name), config);
}
