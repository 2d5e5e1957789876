/**
 * The surface explorer's whole state, one table (it is also the link format: `explorer.surface=
 * beale&explorer.x=3&…`).
 *
 * The probe is stored as (x, y) in data units, with wide bounds, and not as fractions of the
 * window: a link then says where the probe is in the surface's own coordinates (x=3&y=0.5 is
 * Beale's minimum), and a critical point survives the link's 6 significant digits to within
 * 10⁻⁶ of its place. Each surface has its own window, so a stored point can lie outside the
 * current surface's window (a hand-edited link); the widget then moves it to the nearest point
 * of the window and says so (probe.ts). Changing the surface puts the probe at the new
 * surface's starting point.
 */
import { SURFACE_NAMES, type SurfaceName } from '../../core';
import { defineSchema, type StateOf } from '../state/schema';

/** Bounds of the stored probe: wider than every surface's window. */
export const PROBE_LIMIT = 1000;

const names = SURFACE_NAMES as readonly SurfaceName[];

export const explorerSchema = defineSchema({
  surface: { kind: 'enum', values: names, default: 'quadratic', label: 'Surface' },
  kappa: { kind: 'number', min: 1, max: 100, default: 10, log: true, label: 'Condition number' },
  rotation: { kind: 'number', min: 0, max: 180, default: 0, step: 1, label: 'Rotation' },
  view: { kind: 'enum', values: ['contour', '3d'], default: 'contour', label: 'View' },
  field: { kind: 'boolean', default: false, label: 'Gradient field' },
  yaw: { kind: 'number', min: 0, max: 360, default: 35, step: 1, label: 'Turn' },
  pitch: { kind: 'number', min: 0, max: 90, default: 35, step: 1, label: 'Tilt' },
  x: { kind: 'number', min: -PROBE_LIMIT, max: PROBE_LIMIT, default: -2.5, label: 'Probe x' },
  y: { kind: 'number', min: -PROBE_LIMIT, max: PROBE_LIMIT, default: 2, label: 'Probe y' },
});

export type ExplorerState = StateOf<typeof explorerSchema>;

export const VIEW_OPTIONS = [
  { value: 'contour', label: 'Contour map' },
  { value: '3d', label: '3-D' },
] as const;
