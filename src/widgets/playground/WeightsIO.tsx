/**
 * Save and load a run: download the weights (JSON, with the architecture, the optimizer state
 * and the loss history) or the loss history (CSV), each from a Blob; load weights from a file or
 * pasted text, checked against the network on the page, every problem listed, all or nothing.
 * Loaded weights replace the run shown and training continues from them.
 */
import { type ChangeEvent, useId, useState } from 'react';
import { chosenFileText, ProblemList, layout, Button, download } from '../kit';
import type { NetworkConfig } from '../../worker/tasks/playgroundNet';
import type { PlaygroundOptimizer } from '../../worker/tasks/playgroundOptim';
import type { LossHistory, Session } from './session';
import { historyFileName, historyToCsv, MAX_WEIGHTS_CHARS, parseWeightsFile, weightsFileName, weightsToJson } from './weightsFile';
import styles from './playground.module.css';

export interface WeightsIOProps {
  readonly session: Session | null;
  readonly network: NetworkConfig;
  readonly optimizer: PlaygroundOptimizer;
  readonly history: LossHistory;
  /** The page's state as a query string, saved with the weights. */
  readonly stateQuery: string;
}

export function WeightsIO({ session, network, optimizer, history, stateQuery }: WeightsIOProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const run = session?.runState() ?? null;

  const load = (t: string) => {
    if (!session) return;
    const result = parseWeightsFile(t, network, optimizer);
    setDone(null);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    session.load(result.run, result.history);
    setDone([`Loaded the weights at step ${result.run.step.toLocaleString('en-US')}; training continues from them.`, ...result.notes].join(' '));
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = await chosenFileText(e.currentTarget, MAX_WEIGHTS_CHARS);
    if (!chosen) return;
    if (chosen.ok) load(chosen.text);
    else { setDone(null); setProblems([chosen.problem]); }
  };

  return (
    <details className={styles.io}>
      <summary>Save or load the weights</summary>
      <div className={layout.row}>
        <Button small disabled={!run} onClick={() => run && download(weightsToJson(run, network, optimizer, history, stateQuery), weightsFileName(run.step), 'application/json')}>Download weights (JSON)</Button>
        <Button small disabled={history.steps.length === 0} onClick={() => download(historyToCsv(history), historyFileName(run?.step ?? 0), 'text/csv')}>Download loss history (CSV)</Button>
      </div>
      <label htmlFor={`${id}-text`} className={styles.small}>Paste a weights file saved here (same layers, widths, inputs and activations), or choose one:</label>
      <textarea id={`${id}-text`} className={layout.textBox} rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder='{"format": "descent-network-playground-weights", …}' />
      <div className={layout.row}>
        <Button small disabled={!session || text.trim() === ''} onClick={() => load(text)}>Load pasted weights</Button>
        <label className={layout.file}>
          <span>Or a weights file:</span> <input type="file" accept=".json,application/json" disabled={!session} onChange={(e) => void onFile(e)} />
        </label>
      </div>
      <ProblemList heading="Nothing was loaded:" problems={problems} testId="pg-import-problems" />
      {done ? <p role="status" data-testid="pg-import-done">{done}</p> : null}
    </details>
  );
}
