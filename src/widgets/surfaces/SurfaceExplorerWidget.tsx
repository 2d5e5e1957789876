/**
 * Chapter 2's surface explorer: the core's eight 2-D surfaces as a contour map or a rotatable
 * 3-D mesh, with a probe that reads f, ∇f and the Hessian's eigenvalues anywhere and gives the
 * second-derivative test's verdict where it applies, buttons that visit every known critical
 * point, and the downhill field on demand.
 *
 * The grid comes from the worker (task surfaceGrid, 121 samples across); the 3-D view reuses
 * every third sample of it (41 × 41), so turning the view only re-projects. The probe's
 * numbers are a handful of closed-form evaluations, done here on the main thread.
 */
import { useEffect, useMemo, useState } from 'react';
import { SURFACE_NAMES, type SurfaceName, type Vec2 } from '../../core';
import { useComputation } from '../../worker/useComputation';
import { Figure, FIELD_ARROW_COLOR, FIELD_HALO_COLOR, Select, Slider, sliderProps, subsampleGrid, Toggle, WidgetFrame } from '../kit';
import { Share, stateSpec, useWidgetState } from '../state';
import { ComputeNote } from './ComputeNote';
import { gridOfWindow } from './gridOfWindow';
import { ContourView } from './ContourView';
import { CriticalJumps } from './CriticalJumps';
import { TypesetFormula } from '../kit/layout/TypesetFormula';
import { SURFACE_FORMULAS } from './surfaceFormulas.numbers';
import { describeFigure, scalesOf } from './describe';
import styles from './explorer.module.css';
import { explorerSchema, VIEW_OPTIONS } from './explorerSchema';
import { formatNumber } from './formatNumber';
import { arrowsOnSurface, downhillArrows } from './gradientField';
import { Legend } from './Legend';
import { MeshView } from './MeshView';
import { clampProbe, probeWindow } from './probe';
import { ProbeReadout } from './ProbeReadout';
import { CONTOUR_EVERY, gridSize, levelSpacing, makeSurface, plotAspect, SURFACE_INFO, surfaceChoice, surfaceLevels } from './surfaceCatalog';
import { readProbe } from './verdict';

const SURFACE_OPTIONS = (SURFACE_NAMES as readonly SurfaceName[]).map((value) => ({ value, label: SURFACE_INFO[value].label }));

const degrees = (v: number) => `${Math.round(v)}°`;
const kappaText = (v: number) => formatNumber(v, 3);

/** What a link, an embed page or an element attribute can set: the public interface. */
export const surfaceExplorerState = stateSpec('explorer', explorerSchema);

export function SurfaceExplorerWidget() {
  const w = useWidgetState(surfaceExplorerState);
  const { state, set } = w;
  const { kappa, rotation } = state;
  const surface = useMemo(() => makeSurface({ surface: state.surface, kappa, rotation }), [state.surface, kappa, rotation]);
  const info = SURFACE_INFO[state.surface];
  const probeBox = useMemo(() => probeWindow(surface.domain), [surface]);

  // A link may put the probe outside this surface's window: move it in and say so.
  const clamped = clampProbe(state.x, state.y, probeBox, info.label);
  const [notes, setNotes] = useState<string[]>([]);
  useEffect(() => {
    if (!clamped.moved) return;
    set({ x: clamped.x, y: clamped.y });
    setNotes(clamped.problems);
  }, [clamped.moved, clamped.x, clamped.y]); // the message is derived from these numbers
  const probe = { x: clamped.x, y: clamped.y };

  const scales = useMemo(() => scalesOf(surface), [surface]);
  const reading = readProbe(surface, probe.x, probe.y, scales);

  // The grid: a result for another window (another surface) is not shown; one for the same
  // window with other parameters (the condition-number slider mid-drag) stays until replaced.
  const { nx, ny } = gridSize(surface.domain);
  const aspect = plotAspect(surface.domain);
  const input = useMemo(
    () => ({ surface: surfaceChoice({ surface: state.surface, kappa, rotation }), x: surface.domain.x, y: surface.domain.y, nx, ny }),
    [state.surface, kappa, rotation, surface, nx, ny],
  );
  const computation = useComputation('surfaceGrid', input);
  const grid = gridOfWindow(computation.result, input);
  const extent = grid && Number.isFinite(grid.min) && Number.isFinite(grid.max) ? ([grid.min, grid.max] as const) : null;
  const levels = useMemo(() => (extent ? surfaceLevels(extent[0], extent[1]) : []), [extent?.[0], extent?.[1]]);
  const logLevels = extent ? levelSpacing(extent[0]) === 'log' : false;
  const mesh = useMemo(() => (grid && state.view === '3d' ? subsampleGrid(grid, CONTOUR_EVERY) : null), [grid, state.view]);

  const is3d = state.view === '3d';
  const arrows = useMemo(() => (state.field ? downhillArrows(surface, is3d ? 11 : 15) : null), [surface, state.field, is3d]);
  const segments = useMemo(() => (arrows && is3d ? arrowsOnSurface(surface, arrows, FIELD_ARROW_COLOR, FIELD_HALO_COLOR) : []), [arrows, is3d, surface]);

  const moveProbe = (x: number, y: number) => set({ x, y });
  const jump = ([x, y]: Vec2) => set({ x, y });
  const chooseSurface = (name: SurfaceName) => {
    const next = makeSurface({ surface: name, kappa, rotation });
    set({ surface: name, x: next.start[0], y: next.start[1] });
    setNotes([]);
  };

  const title = `${info.label}${state.surface === 'quadratic' ? ` (κ = ${kappaText(kappa)}, rotated ${Math.round(rotation)}°)` : ''}`;
  const description = describeFigure({ state, surface, extent, logLevels, reading, probe });
  const spanTolerance = 2e-6 * scales.span; // a critical point after a link's 6-digit rounding

  const controls = (
    <>
      <Select field={explorerSchema.surface} label="Surface" value={state.surface} options={SURFACE_OPTIONS} onChange={chooseSurface} />
      <Select field={explorerSchema.view} label="View" value={state.view} options={VIEW_OPTIONS} onChange={(view) => set({ view })} />
      {state.surface === 'quadratic' ? (
        <>
          <Slider {...sliderProps(explorerSchema.kappa)} value={kappa} format={kappaText} onChange={(v) => set({ kappa: v })} />
          <Slider {...sliderProps(explorerSchema.rotation)} value={rotation} format={degrees} onChange={(v) => set({ rotation: v })} />
        </>
      ) : null}
      {is3d ? (
        <>
          <Slider {...sliderProps(explorerSchema.yaw)} value={state.yaw} format={degrees} onChange={(v) => set({ yaw: v })} />
          <Slider {...sliderProps(explorerSchema.pitch)} value={state.pitch} format={degrees} onChange={(v) => set({ pitch: v })} />
        </>
      ) : null}
      <Toggle field={explorerSchema.field} label="Gradient field" checked={state.field} onChange={(field) => set({ field })} />
    </>
  );

  return (
    <WidgetFrame
      id={surfaceExplorerState.id}
      title="Surface explorer"
      intro="Pick a surface and put the probe anywhere: it reads the height, the gradient and the curvature there, and says what kind of point it is. Switch to 3-D and drag to turn it."
      problems={[...w.problems, ...notes]}
      onDismissProblems={() => {
        w.dismissProblems();
        setNotes([]);
      }}
      share={<Share getUrl={w.shareUrl} />}
      controls={controls}
    >
      <div className={styles.formula}>
        <TypesetFormula html={SURFACE_FORMULAS[state.surface]} label={`The formula of ${info.label}`} />
        {state.surface === 'quadratic' ? (
          <p className={styles.formulaValues}>
            κ = {kappaText(kappa)}, θ = {degrees(rotation)}
          </p>
        ) : null}
      </div>
      <div className={styles.shell}>
        {/* A map much wider than high (the camel's 4 × 2) gets the whole width, the readout below */}
        <div className={styles.columns} data-wide={aspect < 0.75 ? '' : undefined}>
          <Figure
            caption={<Legend view={state.view} extent={extent} logLevels={logLevels} field={state.field} />}
            srDescription={description}
          >
            <div className={styles.picture} style={{ maxWidth: aspect >= 0.99 ? '30rem' : undefined }} data-view={state.view}>
              {is3d ? (
                <MeshView
                  surface={surface}
                  grid={mesh}
                  levels={levels}
                  extent={extent}
                  aspect={aspect}
                  yaw={state.yaw}
                  pitch={state.pitch}
                  onRotate={(yaw, pitch) => set({ yaw, pitch })}
                  label={`${title} in 3-D`}
                  description={description}
                  xName={info.xName}
                  yName={info.yName}
                  probe={{ ...probe, value: reading?.value ?? NaN }}
                  segments={segments}
                />
              ) : (
                <ContourView
                  surface={surface}
                  grid={grid}
                  levels={levels}
                  aspect={aspect}
                  xName={info.xName}
                  yName={info.yName}
                  label={title}
                  probe={probe}
                  window={probeBox}
                  onProbe={moveProbe}
                  arrows={arrows}
                />
              )}
            </div>
          </Figure>
          <div className={styles.side}>
            <ProbeReadout x={probe.x} y={probe.y} xName={info.xName} yName={info.yName} reading={reading} showCondition={state.surface === 'quadratic'} />
          </div>
          <CriticalJumps points={surface.criticalPoints} probe={probe} tolerance={spanTolerance} onJump={jump} />
        </div>
      </div>
      <ComputeNote state={computation} hasGrid={grid !== null} />
    </WidgetFrame>
  );
}
