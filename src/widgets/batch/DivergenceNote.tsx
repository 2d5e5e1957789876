/**
 * What went wrong, in words: where a run diverged (the step, the epoch, the reason from the
 * task) or where a run that recovered spiked, and why, from the curvature of the MSE
 * (curvature.ts): the learning rate against 2/λmax of the full data, or, below that, against
 * the sharper curvature a single example can have.
 */
import type { Divergence } from '../../core';
import type { Spike } from '../../worker/tasks/batchPaths';
import { DivergenceAlert } from '../kit';
import styles from './batch.module.css';
import { type MseCurvature, stepFactor } from './curvature';

const g3 = (v: number): string => Number(v.toPrecision(3)).toString().replace('-', '−');

/** The sentence that explains an unstable learning rate for this batch size. */
export function whyUnstable(lr: number, batchSize: number, n: number, c: MseCurvature): string {
  if (lr > c.stableLr) {
    return `The learning rate α = ${g3(lr)} is above 2/λmax = ${g3(c.stableLr)}, where λmax = ${g3(c.lambdaMax)} is the largest eigenvalue of the MSE’s Hessian H = 2·[mean x², mean x; mean x, 1]. Along that direction each full-batch step multiplies the distance to the minimum by 1 − αλmax = ${g3(1 - lr * c.lambdaMax)}: it lands ${g3(stepFactor(lr, c.lambdaMax))} times as far away, on the other side.`;
  }
  if (batchSize < n) {
    return `α = ${g3(lr)} is below the full-batch limit 2/λmax = ${g3(c.stableLr)}, but a mini-batch step follows that batch’s own curvature. One example at x has the Hessian 2·[x², x; x, 1], with eigenvalue 2(1 + x²): up to ${g3(c.singleExampleMax)} in this data, whose limit is 2/${g3(c.singleExampleMax)} = ${g3(c.singleExampleLr)}. Smaller batches need smaller steps.`;
  }
  return 'The steps grew instead of shrinking.';
}

export interface RunNoteProps {
  /** Steps per epoch, to say which epoch a step was in. */
  perEpoch: number;
  lr: number;
  batchSize: number;
  n: number;
  curvature: MseCurvature;
}

const epochOf = (step: number, perEpoch: number): number => Math.max(1, Math.ceil(step / perEpoch));

export function DivergenceNote({ divergence, leftAt, perEpoch, lr, batchSize, n, curvature }: RunNoteProps & { divergence: Divergence; leftAt: number }) {
  return (
    <DivergenceAlert testId="batch-divergence">
      <p>
        <strong>Diverged at step {divergence.step.toLocaleString('en-US')}</strong> (epoch {epochOf(divergence.step, perEpoch)}): {divergence.reason}.
        {leftAt < divergence.step ? ` The path had left the map at step ${leftAt.toLocaleString('en-US')}; it is drawn up to there.` : ''}
      </p>
      <p>{whyUnstable(lr, batchSize, n, curvature)}</p>
    </DivergenceAlert>
  );
}

export function SpikeNote({ spike, start, perEpoch, lr, batchSize, n, curvature }: RunNoteProps & { spike: Spike; start: number }) {
  return (
    <div className={styles.spike} role="status" data-testid="batch-spike">
      <p>
        <strong>Unstable, but it recovered:</strong> at step {spike.step.toLocaleString('en-US')} (epoch {epochOf(spike.step, perEpoch)}) the full-data MSE jumped to {g3(spike.loss)}, {g3(spike.loss / start)} times the starting {g3(start)}.
      </p>
      <p>{whyUnstable(lr, batchSize, n, curvature)}</p>
    </div>
  );
}
