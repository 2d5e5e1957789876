/**
 * Chapter 6's network playground: the reader builds a network (0 to 6 hidden layers of 1 to 32
 * neurons, an activation per layer), picks the data and how it trains, presses Play and watches
 * everything it does: the decision regions (or regression surface) with the training and test
 * points, every neuron's picture in the network diagram, the training and test loss, the
 * accuracy, the steps per second, and each layer's update-to-weight ratio. Training runs in the
 * worker, a chunk at a time (session.ts); a blown-up run stops and says where and why.
 *
 * State (URL, `playground.*`): playgroundSchema.ts, the weights' seed included, so a link
 * replays the run from step 0. The step reached is not state.
 */
import { useMemo } from 'react';
import { makePlaygroundData } from '../../worker/tasks/playgroundData';
import { Button, DivergenceAlert, Figure, WidgetFrame } from '../kit';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { ArchitectureControls } from './ArchitectureControls';
import { DataControls } from './DataControls';
import { LayerStats } from './LayerStats';
import { LossPlot } from './LossPlot';
import { NetworkDiagram } from './NetworkDiagram';
import { OutputPlot } from './OutputPlot';
import { gridSideFor, NEURON_GRID, networkOf, trainingOf } from './playgroundConfig';
import { playgroundSchema as schema } from './playgroundSchema';
import { diagramDescription, divergenceText, lossText, outputDescription, percentText, stepText } from './playgroundText';
import type { RunSetup } from './session';
import { TrainingControls } from './TrainingControls';
import { useSession } from './useSession';
import styles from './playground.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const networkPlaygroundState = stateSpec('playground', schema);

export function NetworkPlaygroundWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(networkPlaygroundState);
  const { dataset, noise, classes, trainShare, dataSeed, seed } = state;
  // The points change only with the data fields, so the plot's points stay memoized otherwise.
  const data = useMemo(() => makePlaygroundData({ dataset, noise, classes, trainShare, seed: dataSeed }), [dataset, noise, classes, trainShare, dataSeed]);
  const key = JSON.stringify(state);
  const setup = useMemo((): RunSetup => {
    const network = networkOf(state, data);
    return {
      network,
      training: trainingOf(state),
      points: { trainX: data.train.x, trainY: data.train.y, testX: data.test.x, testY: data.test.y },
      seed,
      grid: gridSideFor(network),
      neuronGrid: NEURON_GRID,
    };
  }, [state, data, seed]);
  const { session, snapshot } = useSession(setup, key);
  const { latest, status, history } = snapshot;
  const network = setup.network;
  const lastTrain = history.train[history.train.length - 1], lastTest = history.test[history.test.length - 1];
  const diverged = status === 'diverged' && latest?.divergence ? divergenceText(latest.divergence, network.hidden.length + 1, network.batchNorm) : null;
  const playing = status === 'playing';

  return (
    <WidgetFrame
      id={networkPlaygroundState.id}
      title="Network playground"
      intro="Build a network, choose the data and how it learns, and press Play. Every picture updates as it trains: the regions it draws, what each neuron computes, the losses and how far each layer moves per step."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={styles.controls}>
        <DataControls state={state} set={set} />
        <ArchitectureControls state={state} set={set} />
        <TrainingControls state={state} set={set} trainPoints={data.train.n} />
      </div>

      <div className={styles.transport}>
        <div className={styles.row}>
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
          <span>Steps per second <output data-testid="pg-rate">{playing || snapshot.stepsPerSecond > 0 ? Math.round(snapshot.stepsPerSecond).toLocaleString('en-US') : '–'}</output></span>
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

      <div className={styles.pictures}>
        <Figure
          caption={network.regression
            ? 'The network\'s output over the input box (blue low, orange high), the training points filled and the test points as rings, coloured by their targets.'
            : 'What the network says at each point of the box: the colour of the likeliest class, paler where it is less sure. Training points filled, test points as rings.'}
          srDescription={outputDescription(latest, network.outputs, network.regression)}
        >
          <OutputPlot data={data} values={latest?.output ?? null} side={latest?.grid ?? setup.grid} showTest />
        </Figure>
        <Figure caption="The network: every neuron's output over the box (blue negative, orange positive), and every weight as a line, orange positive, blue negative, thicker when larger." srDescription={diagramDescription(network.hidden, network.features.length, latest)}>
          <NetworkDiagram network={network} weights={latest?.state.weights ?? null} neurons={latest?.neurons ?? null} output={latest?.output ?? null} outputSide={latest?.grid ?? setup.grid} label="Network diagram: inputs, hidden layers and output" />
        </Figure>
      </div>
      <div className={styles.pictures}>
        <Figure caption="Loss by step, log scale: training (solid) and test (dashed), on all the points in evaluation mode, without the penalty." srDescription={`Training loss ${lossText(lastTrain)}, test loss ${lossText(lastTest)} after ${stepText(snapshot.step)} steps.`}>
          <LossPlot history={history} yLabel={network.regression ? 'squared error' : 'cross-entropy'} />
        </Figure>
        <LayerStats out={latest} />
      </div>
    </WidgetFrame>
  );
}
