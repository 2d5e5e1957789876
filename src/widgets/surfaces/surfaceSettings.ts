/**
 * The explorer's surface from its settings. No React, no CSS, so a chapter's numbers module (run
 * in Node at build time) can build the very surface the widget opens on.
 */
import { createSurface, type Surface, type SurfaceName } from '../../core';

export interface SurfaceSettings {
  surface: SurfaceName;
  /** Quadratic only: condition number and rotation in degrees. */
  kappa: number;
  rotation: number;
}

/** The parameters sent to the worker and the core for these settings. */
export function surfaceChoice(s: SurfaceSettings) {
  return s.surface === 'quadratic'
    ? ({ name: 'quadratic', params: { conditionNumber: s.kappa, rotationDeg: s.rotation } } as const)
    : ({ name: s.surface } as const);
}

/** The core's surface for these settings (cheap: a closure over a few numbers). */
export function makeSurface(s: SurfaceSettings): Surface {
  return s.surface === 'quadratic'
    ? createSurface('quadratic', { conditionNumber: s.kappa, rotationDeg: s.rotation })
    : createSurface(s.surface);
}
