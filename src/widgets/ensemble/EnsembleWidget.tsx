/**
 * Chapter 5, "Ensembles": eight copies of the same network, each from its own random initial
 * weights and trained on its own bootstrap sample of the same noisy points (the worker's
 * classifierRuns, full batch, no dropout: bagging); the reader averages the first K of them and
 * sees the averaged boundary, and the validation error of the average against K beside each
 * member's own and the mean over every choice of K.
 *
 * State (URL, `ensemble.*`): ensembleSchema.ts. The eight trainings run once per data set and
 * seed; averaging on this thread is small (300 validation points, 255 subsets, 64 × 64 grid).
 */
import { useMemo } from 'react';
import { layout, Button, DataTable, Figure, Select, Slider, sliderProps, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { classifierData, CLASSIFIER_DATASETS, CLASSIFIER_EXTENTS, type ClassifierDataset } from '../../worker/tasks/classifierRuns';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { BoundaryPlot } from '../dropout/BoundaryPlot';
import { averageOf } from '../dropout/dropoutModel';
import { DATASET_LABELS } from '../dropout/dropoutSchema';
import { lossText, percentText } from '../dropout/dropoutText';
import { EnsembleCurve } from './EnsembleCurve';
import { anyKErrors, ensembleInput, ensembleScores, memberScores } from './ensembleModel';
import { ensembleSchema as schema, ENSEMBLE_SIZE } from './ensembleSchema';
import { ensembleSentence } from './ensembleText';
import styles from '../dropout/dropout.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const ensembleState = stateSpec('ensemble', schema);

const DATASET_OPTIONS = CLASSIFIER_DATASETS.map((d) => ({ value: d, label: DATASET_LABELS[d] }));

export function EnsembleWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(ensembleState);
  const { k, dataset, seed } = state;
  const data = useMemo(() => classifierData(dataset), [dataset]);
  const run = useComputation('classifierRuns', useMemo(() => ensembleInput(dataset, seed), [dataset, seed]));
  const runs = run.result?.runs;
  const labels = data.validation.y;
  const ensemble = useMemo(() => (runs && runs.length === ENSEMBLE_SIZE ? ensembleScores(runs, labels) : null), [runs, labels]);
  const members = useMemo(() => (runs && runs.length === ENSEMBLE_SIZE ? memberScores(runs, labels) : null), [runs, labels]);
  const anyK = useMemo(() => (runs && runs.length === ENSEMBLE_SIZE ? anyKErrors(runs, labels) : null), [runs, labels]);
  const grid = useMemo(() => (runs && runs.length === ENSEMBLE_SIZE ? averageOf(runs.map((r) => r.gridProbability), k) : undefined), [runs, k]);
  const progress = run.status === 'running' && run.progress ? ` Training: ${run.progress.done} of ${run.progress.total} chunks.` : '';
  const sentence = ensemble && members ? ensembleSentence(ensemble, members, k) : `The ${ENSEMBLE_SIZE} networks are being trained.${progress}`;

  return (
    <WidgetFrame
      id={ensembleState.id}
      title="Ensembles"
      intro={`${ENSEMBLE_SIZE} networks, the same but for their random start and their bootstrap sample of the training points. Average K of them: the validation loss falls as K grows, and so does the error, on average over which K.`}
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Slider {...sliderProps(schema.k)} value={k} onChange={(v) => set({ k: v })} hint="The ensemble predicts the mean of these networks' probabilities." />
        <Select field={schema.dataset} label={schema.dataset.label} value={dataset} options={DATASET_OPTIONS} onChange={(v: ClassifierDataset) => set({ dataset: v })} />
        <div className={layout.row}>
          <span className={layout.seedText}>Seed {seed}</span>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>Train {ENSEMBLE_SIZE} new networks</Button>
        </div>
      </div>
      <div className={styles.stats} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="ensemble-stats">
        {ensemble && members ? (
          <DataTable caption={<>On the {data.validation.n} validation points</>} label="Table: model, validation error, validation loss">
            <thead><tr><th scope="col">model</th><th scope="col">validation error</th><th scope="col">validation loss</th></tr></thead>
            <tbody>
              <tr><th scope="row">average of K = {k}</th><td data-testid="ensemble-error">{percentText(ensemble[k - 1].error)}</td><td data-testid="ensemble-loss">{lossText(ensemble[k - 1].loss)}</td></tr>
              <tr><th scope="row">the lowest of the {ENSEMBLE_SIZE} alone</th><td>{percentText(Math.min(...members.map((m) => m.error)))}</td><td>{lossText(Math.min(...members.map((m) => m.loss)))}</td></tr>
              <tr><th scope="row">the mean of the {ENSEMBLE_SIZE} alone</th><td>{percentText(members.reduce((s, m) => s + m.error, 0) / members.length)}</td><td>{lossText(members.reduce((s, m) => s + m.loss, 0) / members.length)}</td></tr>
            </tbody>
          </DataTable>
        ) : null}
        <p className={styles.headline} data-testid="ensemble-sentence">{sentence}</p>
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption={`The average of the first ${k} networks: the probability of orange and its one-half boundary, over the training points.`} srDescription={sentence}>
          <BoundaryPlot label={`Decision boundary of the average of ${k} networks`} probability={grid} points={data.train} extent={CLASSIFIER_EXTENTS[dataset]} />
        </Figure>
        <Figure caption="Validation error: blue, the average of the first K networks; dashed grey, any K of the eight on average; grey dots, each network alone (the k-th dot is the network added at K = k)." srDescription={sentence}>
          {ensemble && members && anyK ? <EnsembleCurve ensemble={ensemble} anyK={anyK} members={members} k={k} /> : <div className={styles.placeholder} />}
        </Figure>
      </div>
      <ComputeNotice state={run} what={`the ${ENSEMBLE_SIZE} trainings`} />
    </WidgetFrame>
  );
}
