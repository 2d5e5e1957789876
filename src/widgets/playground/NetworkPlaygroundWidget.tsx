/**
 * Chapter 6's network playground: the reader builds a network (0 to 6 hidden layers of 1 to 32
 * neurons, an activation per layer), picks the data and how it trains, presses Play and watches
 * everything it does: the decision regions (or regression surface) with the training and test
 * points, every neuron's picture in the network diagram, the training and test loss, the
 * accuracy, the steps per second, and each layer's update-to-weight ratio. Training runs in the
 * worker, a chunk at a time (session.ts); a blown-up run stops and says where and why; a run that goes the wrong way or stalls
 * (failure.ts) is explained while it keeps playing.
 *
 * Order on the page: Play/Step/Reset and the readouts, then the output picture and the diagram,
 * then the controls, so a phone reader who presses Play sees the picture move without scrolling
 * past the controls; then the loss, the ratios, the gradient check, and save/load.
 *
 * State (URL, `playground.*`): playgroundSchema.ts, the weights' seed included, so a link
 * replays the run from step 0. The step reached is not state.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { makePlaygroundData } from '../../worker/tasks/playgroundData';
import { layout, Button, DivergenceAlert, Figure, grouped, groupColors, WidgetFrame } from '../kit';
import { nextSeed, Share, stateSpec, toQuery, useWidgetState } from '../state';
import { ArchitectureControls } from './ArchitectureControls';
import { DataControls } from './DataControls';
import { DrawControls } from './DrawControls';
import { addDrawn, drawnOf, drawnPatch, HIT_RADIUS, type LabelledPoint, nearestDrawn, targetsOf, targetsPatch } from './drawnPoints';
import { divergingCss } from './colors';
import { baselineLoss, detectFailure } from './failure';
import { failureText, type FailureText } from './failureText';
import { GradCheck } from './GradCheck';
import { LayerStats } from './LayerStats';
import { LossPlot } from './LossPlot';
import { NetworkDiagram } from './NetworkDiagram';
import { OutputPlot } from './OutputPlot';
import { setupOf } from './playgroundConfig';
import { playgroundSchema as schema } from './playgroundSchema';
import { diagramDescription, divergenceText, lossText, outputDescription, percentText, stepText } from './playgroundText';
import { shownPictures } from './shownPictures';
import { TrainingControls } from './TrainingControls';
import { useSession } from './useSession';
import { WeightsIO } from './WeightsIO';
import styles from './playground.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const networkPlaygroundState = stateSpec('playground', schema);

/** The state patch holding the reader's points of one kind. */
const patchOf = (regression: boolean, points: readonly LabelledPoint[]) => (regression ? targetsPatch(points) : drawnPatch(points));

export function NetworkPlaygroundWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(networkPlaygroundState);
  const { dataset, noise, classes, trainShare, dataSeed, seed } = state;
  // The points change only with the data fields, so the plot's points stay memoized otherwise.
  const data = useMemo(() => makePlaygroundData({ dataset, noise, classes, trainShare, seed: dataSeed }), [dataset, noise, classes, trainShare, dataSeed]);
  const { drawn1, drawn2, drawn3, drawn4, drawnT } = state;
  // The reader's points of the data's kind: classes for classification, targets for regression.
  const drawn = useMemo(() => (data.regression ? targetsOf(drawnT) : drawnOf({ drawn1, drawn2, drawn3, drawn4 })), [data.regression, drawnT, drawn1, drawn2, drawn3, drawn4]);
  const key = JSON.stringify(state);
  const setup = useMemo(() => setupOf(state, data, drawn), [state, data, drawn]);
  const { session, snapshot } = useSession(setup, key);

  // Drawing: the class (or target) a click adds, the undo stack (page-only; each entry knows
  // which kind of points it restores), why a click added nothing.
  const [drawLabel, setDrawLabel] = useState(0);
  const [drawTarget, setDrawTarget] = useState(0.5);
  const label = data.regression ? drawTarget : Math.min(drawLabel, data.classes - 1);
  const [undo, setUndo] = useState<{ regression: boolean; points: LabelledPoint[] }[]>([]);
  const [drawProblem, setDrawProblem] = useState<string | null>(null);
  const replaceDrawn = useCallback((next: LabelledPoint[]) => {
    setUndo((u) => [...u.slice(-49), { regression: data.regression, points: [...drawn] }]);
    setDrawProblem(null);
    set(patchOf(data.regression, next));
  }, [data.regression, drawn, set]);
  const undoDrawn = useCallback(() => {
    const prev = undo[undo.length - 1];
    setUndo(undo.slice(0, -1));
    setDrawProblem(null);
    set(patchOf(prev.regression, prev.points));
  }, [undo, set]);
  // One object per drawn set and class, so a training result does not re-render the plot's marks.
  const drawing = useMemo(() => {
    const addAt = (x: number, y: number) => {
      const r = addDrawn(drawn, x, y, label, data.regression);
      if (r.problem) setDrawProblem(r.problem);
      else replaceDrawn(r.points);
    };
    const removeNear = (x: number, y: number, radius: number) => {
      const i = nearestDrawn(drawn, x, y, radius);
      if (i >= 0) replaceDrawn(drawn.filter((_, j) => j !== i));
      return i >= 0;
    };
    return {
      points: data.regression ? drawn : drawn.filter((p) => p.label < data.classes),
      label,
      what: data.regression ? `target ${label.toFixed(2)}` : `class ${label + 1}`,
      fillOf: data.regression ? divergingCss : (c: number) => groupColors[c % groupColors.length],
      onPoint: (x: number, y: number) => { if (!removeNear(x, y, HIT_RADIUS)) addAt(x, y); },
      onAdd: addAt,
      onRemove: (x: number, y: number) => { removeNear(x, y, Infinity); },
    };
  }, [data, drawn, label, replaceDrawn]);
  const { latest, status, history } = snapshot;
  // The same network object while only training settings change (a learning-rate drag), so the
  // memoized diagram does not redraw every neuron's picture in the drag's frame.
  const networkKey = JSON.stringify(setup.network);
  const network = useMemo(() => setup.network, [networkKey]);
  const pictures = useMemo(() => shownPictures(latest, snapshot.latestSetup?.network ?? null, network, setup.grid), [latest, snapshot.latestSetup, network, setup.grid]);
  const lastTrain = history.train[history.train.length - 1], lastTest = history.test[history.test.length - 1];
  const diverged = status === 'diverged' && latest?.divergence ? divergenceText(latest.divergence, network.hidden.length + 1, network.batchNorm) : null;
  const playing = status === 'playing';
  // A run that does not learn but does not blow up: explained, and the loop keeps playing.
  const trainY = setup.points.trainY;
  const baseline = useMemo(() => baselineLoss(trainY, data.classes, data.regression), [trainY, data]);
  const failure = useMemo(() => (status === 'diverged' || snapshot.stale ? null : detectFailure(history, baseline)), [status, snapshot.stale, history, baseline]);
  // The explanation is written when a kind of failure is first seen and kept while it lasts:
  // rewritten every chunk, the alert would be announced again and again.
  const [failed, setFailed] = useState<{ kind: string; text: FailureText } | null>(null);
  const failureKind = failure && latest ? failure.kind : null;
  // A bouncing loss dips in and out of the rules: once shown, the explanation stays until the run
  // starts over or clearly learns (below 90% of the baseline), so it does not flicker.
  const runDropped = snapshot.stale || history.steps.length === 0;
  const learning = lastTrain !== undefined && lastTrain < 0.9 * baseline;
  useEffect(() => {
    if (failureKind === (failed?.kind ?? null)) return;
    if (failureKind === null && failed && !runDropped && !learning) return;
    setFailed(failure && latest && failureKind ? { kind: failureKind, text: failureText(failure, latest, network, setup.training.lr) } : null);
  }, [failureKind, failed, failure, latest, network, setup.training.lr, runDropped, learning]);

  return (
    <WidgetFrame
      id={networkPlaygroundState.id}
      title="Network playground"
      intro="Build a network, choose the data and how it learns, and press Play. Every picture updates as it trains: the regions it draws, what each neuron computes, the losses and how far each layer moves per step."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.transport}>
        <div className={layout.row}>
          <Button primary disabled={!session || status === 'diverged'} onClick={() => (playing ? session?.pause() : session?.play())}>{playing ? 'Pause' : 'Play'}</Button>
          <Button disabled={!session || playing || status === 'diverged'} onClick={() => session?.step()}>Step</Button>
          <Button disabled={!session} onClick={() => session?.reset()}>Reset</Button>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>New weights</Button>
        </div>
        <p className={styles.readouts} data-testid="pg-readouts" data-chunk-ms={Math.round(snapshot.chunkMs)} data-steps-per-chunk={snapshot.stepsPerChunk}>
          <span>Step <output data-testid="pg-step">{stepText(snapshot.step)}</output></span>
          <span>Training loss <output data-testid="pg-train-loss">{lossText(lastTrain)}</output></span>
          <span>Test loss <output data-testid="pg-test-loss">{lossText(lastTest)}</output></span>
          {network.regression ? null : <span>Accuracy (train / test) <output data-testid="pg-accuracy">{latest ? `${percentText(latest.trainAccuracy)} / ${percentText(latest.testAccuracy)}` : '–'}</output></span>}
          <span>Steps per second <output data-testid="pg-rate">{playing || snapshot.stepsPerSecond > 0 ? grouped(Math.round(snapshot.stepsPerSecond)) : '–'}</output></span>
        </p>
      </div>
      <p className={styles.status} role="status" data-testid="pg-status" data-status={status}>
        {status === 'playing' ? 'Training…' : status === 'error' ? `Could not train: ${snapshot.error ?? ''}` : status === 'diverged' ? 'Training stopped: the run diverged.' : snapshot.step > 0 ? 'Paused.' : 'Ready: press Play.'}
      </p>
      {diverged ? (
        <DivergenceAlert testId="pg-divergence">
          <p>{diverged.what}</p>
          <p>{diverged.advice}</p>
        </DivergenceAlert>
      ) : null}
      {failed ? (
        <DivergenceAlert testId="pg-failure">
          <p>{failed.text.what}</p>
          <p>{failed.text.why}</p>
          <p>{failed.text.advice}</p>
        </DivergenceAlert>
      ) : null}

      <div className={`${layout.columns} ${styles.pictures}`}>
        <Figure
          caption={network.regression
            ? 'The network\'s output over the input box (blue low, orange high), the training points filled and the test points as rings, coloured by their targets.'
            : 'What the network says at each point of the box: the colour of the likeliest class, paler where it is less sure. Training points filled, test points as rings.'}
          srDescription={outputDescription(latest, network.outputs, network.regression)}
        >
          <div className={styles.square}>
            <OutputPlot data={data} values={pictures.output} side={pictures.side} showTest drawing={drawing} />
          </div>
        </Figure>
        <Figure caption="The network: every neuron's output over the box (blue negative, orange positive), and every weight as a line, orange positive, blue negative, thicker when larger." srDescription={diagramDescription(network.hidden, network.features.length, latest)}>
          <NetworkDiagram network={network} weights={pictures.weights} neurons={pictures.neurons} output={pictures.output} outputSide={pictures.side} label="Network diagram: inputs, hidden layers and output" />
        </Figure>
      </div>
      <div className={styles.controls}>
        <DataControls state={state} set={set} />
        <ArchitectureControls state={state} set={set} />
        <TrainingControls state={state} set={set} trainPoints={setup.points.trainY.length} />
        <DrawControls points={drawn} classes={data.regression ? null : data.classes} label={label} onLabel={data.regression ? setDrawTarget : setDrawLabel} onReplace={replaceDrawn} canUndo={undo.length > 0} problem={drawProblem}
          onUndo={undoDrawn} />
      </div>

      <div className={`${layout.columns} ${styles.pictures}`}>
        <Figure caption="Loss by step, log scale: training (solid) and test (dashed), on all the points in evaluation mode, without the penalty." srDescription={`Training loss ${lossText(lastTrain)}, test loss ${lossText(lastTest)} after ${stepText(snapshot.step)} steps.`}>
          <LossPlot history={history} yLabel={network.regression ? 'squared error' : 'cross-entropy'} />
        </Figure>
        <LayerStats out={latest} />
      </div>
      <GradCheck session={session} network={network} points={setup.points} batchSize={state.batchSize} seed={seed} />
      <WeightsIO session={session} network={network} optimizer={state.optimizer} history={history} stateQuery={toQuery('playground', schema, state)} />
    </WidgetFrame>
  );
}
