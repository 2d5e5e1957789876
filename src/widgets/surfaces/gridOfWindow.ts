/**
 * The worker's grid of a surface, kept only while it is a grid of the window asked for: a
 * result for another window (another surface) is not drawn under the new one, while one for the
 * same window with other parameters (a slider mid-drag) stays on screen until the new one lands.
 */
import type { SurfaceGridInput, SurfaceGridOutput } from '../../worker/tasks/surfaceGrid';

export function gridOfWindow(result: SurfaceGridOutput | undefined | null, input: SurfaceGridInput): SurfaceGridOutput | null {
  if (!result) return null;
  const same = result.nx === input.nx && result.ny === input.ny && result.x[0] === input.x[0] && result.x[1] === input.x[1] && result.y[0] === input.y[0] && result.y[1] === input.y[1];
  return same ? result : null;
}
