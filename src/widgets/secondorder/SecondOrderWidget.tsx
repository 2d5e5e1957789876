/**
 * "Second order": gradient descent, Newton's step, Newton damped by a ridge, and L-BFGS from one
 * start on a rotated quadratic, Rosenbrock's valley or a saddle, counting the steps and the
 * gradient and Hessian evaluations each needed; beside it, what a Hessian would cost for a
 * network of N weights.
 *
 * State (URL, `newton.*`): problem, kappa, the start (x, y), lr, ridge, history, steps and the
 * calculator's weights. The paths come from the worker's optimizerRace (four train() runs, well
 * under a millisecond), the contours from its surfaceGrid, computed once per problem.
 */
import { useMemo } from 'react';
import { createSurface } from '../../core';
import { useComputation } from '../../worker/useComputation';
import { Figure, Playback, Select, Slider, WidgetFrame, sliderProps, usePlayback } from '../kit';
import { Share, stateSpec, useWidgetState } from '../state';
import { gridOfWindow } from '../surfaces/gridOfWindow';
import { gridSize, plotAspect, surfaceLevels } from '../surfaces/surfaceCatalog';
import { useFollowEnd } from '../descent/useFollowEnd';
import { describeMethods } from './describeMethods';
import { HessianCalculator } from './HessianCalculator';
import { MethodsPlot } from './MethodsPlot';
import { MethodTable } from './MethodTable';
import { QUADRATIC_ROTATION, RACERS, raceInput, raceProblem } from './racers';
import { secondOrderSchema, type SecondOrderProblem } from './secondOrderSchema';
import styles from './secondOrder.module.css';

const PROBLEMS: readonly { value: SecondOrderProblem; label: string }[] = [
  { value: 'quadratic', label: 'Rotated quadratic' },
  { value: 'rosenbrock', label: 'Rosenbrock valley' },
  { value: 'saddle', label: 'Saddle x² − y²' },
];

const START_BOX = { x: [secondOrderSchema.x.min, secondOrderSchema.x.max], y: [secondOrderSchema.y.min, secondOrderSchema.y.max] } as const;

/** What a link, an embed page or an element attribute can set: the public interface. */
export const secondOrderState = stateSpec('newton', secondOrderSchema);

export function SecondOrderWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(secondOrderState);
  const { problem, kappa } = state;
  const surface = useMemo(
    () => (problem === 'quadratic' ? createSurface('quadratic', { conditionNumber: kappa, rotationDeg: QUADRATIC_ROTATION }) : createSurface(problem)),
    [problem, kappa],
  );

  const { nx, ny } = gridSize(surface.domain);
  const gridInput = useMemo(() => {
    const p = raceProblem(problem, kappa);
    return { surface: p.kind === 'surface' ? p.surface : { name: 'rosenbrock' as const }, x: surface.domain.x, y: surface.domain.y, nx, ny };
  }, [problem, kappa, surface, nx, ny]);
  const grid = gridOfWindow(useComputation('surfaceGrid', gridInput).result, gridInput);
  const levels = useMemo(() => (grid ? surfaceLevels(grid.min, grid.max) : []), [grid]);

  const input = useMemo(() => raceInput(state), [state]);
  const race = useComputation('optimizerRace', input);
  // A result for other settings stays on screen until the new one lands (no flashing).
  const results = race.result?.racers ?? null;
  const longest = results ? Math.max(...results.map((r) => r.steps)) : 0;
  const playback = useFollowEnd(usePlayback({ last: longest, stepsPerSecond: 4 }));
  const t = Math.min(playback.step, longest);

  return (
    <WidgetFrame
      id={secondOrderState.id}
      title="Second order"
      intro="Drag the start (or press anywhere on the map) and compare how many steps, and how many evaluations, each method needs."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
      controls={
        <>
          <Slider {...sliderProps(secondOrderSchema.lr)} value={state.lr} onChange={(lr) => set({ lr })} hint="Gradient descent's step size." />
          <Slider {...sliderProps(secondOrderSchema.ridge)} value={state.ridge} onChange={(ridge) => set({ ridge })} hint="The damped Newton solves (H + rI)·p = ∇f: large r, small cautious steps." />
          <Slider {...sliderProps(secondOrderSchema.history)} value={state.history} onChange={(history) => set({ history })} hint="How many recent steps L-BFGS remembers to estimate the curvature." />
          <Slider {...sliderProps(secondOrderSchema.steps)} value={state.steps} onChange={(steps) => set({ steps })} />
        </>
      }
    >
      <div className={styles.top}>
        <Select field={secondOrderSchema.problem} label="Problem" value={problem} options={PROBLEMS} onChange={(p) => set({ problem: p })} />
        {problem === 'quadratic' ? <Slider {...sliderProps(secondOrderSchema.kappa)} value={kappa} onChange={(k) => set({ kappa: k })} /> : null}
      </div>
      <Figure caption="Each method's path from the shared start (the large dot, which you can drag); small dots mark the iterates. A ⊗ marks where a run diverged." srDescription={describeMethods(surface.title, state, RACERS, results, surface.criticalPoints)}>
        <MethodsPlot
          surface={surface}
          grid={grid}
          levels={levels}
          aspect={plotAspect(surface.domain)}
          racers={RACERS}
          results={results}
          upTo={t}
          start={{ x: state.x, y: state.y }}
          box={START_BOX}
          onStart={(x, y) => set({ x, y })}
        />
      </Figure>
      <Playback playback={playback} label="Play the runs" describeStep={(s) => `Step ${s} of ${longest}`} />
      <MethodTable racers={RACERS} results={results} criticalPoints={surface.criticalPoints} />
      <HessianCalculator field={secondOrderSchema.weights} weights={state.weights} history={state.history} range={[secondOrderSchema.weights.min, secondOrderSchema.weights.max]} onWeights={(weights) => set({ weights })} />
    </WidgetFrame>
  );
}
