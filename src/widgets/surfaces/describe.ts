/**
 * The explorer's words: the screen-reader description of the picture, the captions, and the
 * numeric scales the verdict's tolerances are measured against.
 */
import { sampleGrid, type Surface } from '../../core';
import type { ExplorerState } from './explorerSchema';
import { formatNumber, formatPoint } from './formatNumber';
import { criticalSummary, minimaText, SURFACE_INFO } from './surfaceCatalog';
import { type ProbeReading, type Scales, verdictText } from './verdict';

/**
 * Window size and value range of a surface (a 33 × 33 sample on the main thread: about a
 * thousand evaluations). Computed here rather than from the worker's grid so that the verdict
 * never depends on whether the grid has arrived yet.
 */
export function scalesOf(surface: Surface): Scales {
  const { x, y } = surface.domain;
  const g = sampleGrid(surface, { x, y, nx: 33, ny: 33 });
  const range = g.max - g.min;
  return { span: Math.max(x[1] - x[0], y[1] - y[0]), valueRange: Number.isFinite(range) && range > 0 ? range : 1 };
}

/** The surface in words, with the quadratic's parameters filled in. */
export function surfaceWords(state: Pick<ExplorerState, 'surface' | 'kappa' | 'rotation'>): string {
  const info = SURFACE_INFO[state.surface];
  // the words name the surface themselves ("Himmelblau’s function, …"): no label before them
  const words = info.words.charAt(0).toUpperCase() + info.words.slice(1);
  if (state.surface !== 'quadratic') return `${words}.`;
  return `${words}; condition number ${formatNumber(state.kappa, 3)}, axes turned ${formatNumber(state.rotation, 3)}° from x and y.`;
}

/** What the probe reads, in one sentence group. */
export function probeWords(x: number, y: number, reading: ProbeReading | null): string {
  if (!reading) return `The probe at ${formatPoint(x, y)} is where the surface is not finite.`;
  const v = verdictText(reading);
  return (
    `The probe at ${formatPoint(x, y)}: f = ${formatNumber(reading.value)}, gradient ${formatPoint(reading.gradient[0], reading.gradient[1], 3)} ` +
    `of length ${formatNumber(reading.gradNorm, 3)}, Hessian eigenvalues ${formatNumber(reading.eigen[0], 3)} and ${formatNumber(reading.eigen[1], 3)}. ${v.headline}.`
  );
}

export interface DescribeInput {
  state: ExplorerState;
  surface: Surface;
  /** Value range of the sampled grid, when it has arrived. */
  extent: readonly [number, number] | null;
  logLevels: boolean;
  reading: ProbeReading | null;
  probe: { x: number; y: number };
}

/** The figure's screen-reader description. */
export function describeFigure({ state, surface, extent, logLevels, reading, probe }: DescribeInput): string {
  const info = SURFACE_INFO[state.surface];
  const { x, y } = surface.domain;
  const window = `Shown over ${info.xName} from ${formatNumber(x[0], 3)} to ${formatNumber(x[1], 3)} and ${info.yName} from ${formatNumber(y[0], 3)} to ${formatNumber(y[1], 3)}`;
  const range = extent ? `, where f runs from ${formatNumber(extent[0], 3)} to ${formatNumber(extent[1], 3)}` : '';
  const view =
    state.view === 'contour'
      ? `as a contour map with ${logLevels ? 'log-spaced' : 'evenly spaced'} levels`
      : `in 3-D, turned ${Math.round(state.yaw)}° and tilted ${Math.round(state.pitch)}° above the horizon, heights following the ${logLevels ? 'log-spaced ' : ''}contour levels`;
  const field = state.field ? ' Arrows show the downhill direction, minus the gradient, on a coarse grid.' : '';
  return `${surfaceWords(state)} ${minimaText(surface)} ${criticalSummary(surface)} ${window}${range}, ${view}.${field} ${probeWords(probe.x, probe.y, reading)}`;
}
