/**
 * Chapter 5, "Dropout": the same small network (2 → 32 → 32 → 1, ReLU) trained twice in the
 * worker on the same 60 noisy points from the same initial weights, once plainly and once with
 * dropout at rate p on both hidden layers; the two decision boundaries, both runs' training and
 * validation loss by step, and a picture of the units one example loses in a training step.
 *
 * State (URL, `dropout.*`): dropoutSchema.ts. Both trainings (1,500 Adam steps each) run in
 * the worker's classifierRuns, with progress; the previous result stays while a new one runs.
 */
import { useMemo } from 'react';
import { layout, Button, color, DataTable, Figure, LineSwatch, Select, Slider, sliderProps, TableName, WidgetFrame } from '../kit';
import { ComputeNotice } from '../kit/layout/ComputeNotice';
import { useComputation } from '../../worker/useComputation';
import { classifierData, CLASSIFIER_DATASETS, CLASSIFIER_EXTENTS, type ClassifierDataset, type ClassifierRun, MASK_STEPS } from '../../worker/tasks/classifierRuns';
import { nextSeed, Share, stateSpec, useWidgetState } from '../state';
import { BoundaryPlot } from './BoundaryPlot';
import { classifierInput } from './dropoutModel';
import { DATASET_LABELS, dropoutSchema as schema } from './dropoutSchema';
import { finalTrainLoss, finalValidationLoss, gapSentence, lossText, percentText, runSentence } from './dropoutText';
import { LossCurves } from './LossCurves';
import { MaskPicture } from './MaskPicture';
import styles from './dropout.module.css';

/** What a link, an embed page or an element attribute can set: the public interface. */
export const dropoutState = stateSpec('dropout', schema);

const DATASET_OPTIONS = CLASSIFIER_DATASETS.map((d) => ({ value: d, label: DATASET_LABELS[d] }));

export function DropoutWidget() {
  const { state, set, problems, dismissProblems, shareUrl } = useWidgetState(dropoutState);
  const { p, dataset, seed } = state;
  const data = useMemo(() => classifierData(dataset), [dataset]);
  const input = useMemo(() => classifierInput(dataset, [{ dropout: 0, seed }, { dropout: p, seed }]), [dataset, seed, p]);
  const run = useComputation('classifierRuns', input);
  const plain = run.result?.runs[0];
  const dropped = run.result?.runs[1];
  const droppedName = `dropout p = ${dropped?.dropout ?? p}`;
  const progress = run.status === 'running' && run.progress ? ` (${run.progress.done} of ${run.progress.total} chunks)` : '';

  const row = (name: string, r: ClassifierRun | undefined, swatch: string, testId: string) => (
    <tr>
      <th scope="row"><TableName swatch={<LineSwatch color={swatch} />}> {name}</TableName></th>
      <td data-testid={`${testId}-train-acc`}>{r ? percentText(r.trainAccuracy) : '…'}</td>
      <td data-testid={`${testId}-val-acc`}>{r ? percentText(r.validationAccuracy) : '…'}</td>
      <td>{r ? lossText(finalTrainLoss(r)) : '…'}</td>
      <td data-testid={`${testId}-val-loss`}>{r ? lossText(finalValidationLoss(r)) : '…'}</td>
    </tr>
  );

  return (
    <WidgetFrame
      id={dropoutState.id}
      title="Dropout"
      intro="The same network trained twice on the same 60 points from the same start, without and with dropout. Compare the boundaries and the gap between training and validation loss."
      problems={problems}
      onDismissProblems={dismissProblems}
      share={<Share getUrl={shareUrl} />}
    >
      <div className={layout.controlsRow}>
        <Slider {...sliderProps(schema.p)} value={p} onChange={(v) => set({ p: v })} hint="Each hidden unit is dropped with this probability in every training step." />
        <Select field={schema.dataset} label={schema.dataset.label} value={dataset} options={DATASET_OPTIONS} onChange={(v: ClassifierDataset) => set({ dataset: v })} />
        <div className={layout.row}>
          <span className={layout.seedText}>Weights seed {seed}</span>
          <Button onClick={() => set({ seed: nextSeed(seed) })}>New initial weights</Button>
        </div>
      </div>
      <div className={styles.stats} aria-live="polite" aria-busy={run.status === 'running'} data-status={run.status} data-testid="dropout-stats">
        <DataTable caption={<>After 1,500 steps{progress}: {data.train.n} training and {data.validation.n} validation points</>} label="Table: run, training accuracy, validation accuracy, training loss, validation loss">
          <thead>
            <tr><th scope="col">run</th><th scope="col">training accuracy</th><th scope="col">validation accuracy</th><th scope="col">training loss</th><th scope="col">validation loss</th></tr>
          </thead>
          <tbody>
            {row('no dropout', plain, color.muted, 'dropout-plain')}
            {row(droppedName, dropped, color.accent, 'dropout-dropped')}
          </tbody>
        </DataTable>
        {plain && dropped ? <p className={styles.headline} data-testid="dropout-gap">{gapSentence(plain, dropped, dropped.dropout)}</p> : null}
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption="Without dropout: the probability of orange, blue to orange, and the boundary where it is one half." srDescription={plain ? runSentence('Without dropout', plain) : 'Training…'}>
          <BoundaryPlot label="Decision boundary without dropout" probability={plain?.gridProbability} points={data.train} extent={CLASSIFIER_EXTENTS[dataset]} />
        </Figure>
        <Figure caption={`With dropout at p = ${p}: the same network from the same start.`} srDescription={dropped ? runSentence(`With dropout at p = ${dropped.dropout}`, dropped) : 'Training…'}>
          <BoundaryPlot label="Decision boundary with dropout" probability={dropped?.gridProbability} points={data.train} extent={CLASSIFIER_EXTENTS[dataset]} />
        </Figure>
      </div>
      <div className={`${layout.columns} ${styles.columns}`}>
        <Figure caption="Loss by step, log scale: solid on the training points, dashed on the validation points; grey without dropout, blue with it." srDescription={plain && dropped ? gapSentence(plain, dropped, dropped.dropout) : 'Training…'}>
          {plain && dropped ? <LossCurves runs={[{ run: plain, color: color.muted, name: 'no dropout' }, { run: dropped, color: color.accent, name: droppedName }]} /> : <div className={styles.placeholder} />}
        </Figure>
        <Figure caption={`The first training point in each of the run's first ${MASK_STEPS} steps: the 64 hidden units, crossed out where dropped. Every step draws a new set.`}>
          <MaskPicture masks={dropped?.masks} p={dropped?.dropout ?? p} />
        </Figure>
      </div>
      <ComputeNotice state={run} what="the two trainings" />
    </WidgetFrame>
  );
}
