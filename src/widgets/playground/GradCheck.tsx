/**
 * The gradient-check button: runs playgroundGradCheck in the worker on the weights shown (or
 * the seed's initial weights before the first step) and lists each layer's largest relative
 * error with a verdict. A new check cancels the one in flight; the result says which step it
 * was taken at, since training may have moved on.
 */
import { useEffect, useMemo, useState } from 'react';
import { layout, Button } from '../kit';
import { getComputeClient } from '../../worker/defaultClient';
import type { PlaygroundGradCheckOutput } from '../../worker/tasks/playgroundGradCheck';
import type { NetworkConfig } from '../../worker/tasks/playgroundNet';
import type { PlaygroundPoints } from '../../worker/tasks/playgroundTrain';
import { checkSummary, errorText, layerVerdict } from './gradCheckText';
import type { Session } from './session';
import styles from './playground.module.css';

/** Weights sampled per layer. */
export const CHECK_PER_LAYER = 20;

export interface GradCheckProps {
  readonly session: Session | null;
  readonly network: NetworkConfig;
  readonly points: PlaygroundPoints;
  readonly batchSize: number;
  readonly seed: number;
}

export function GradCheck({ session, network, points, batchSize, seed }: GradCheckProps) {
  const channel = useMemo(() => getComputeClient().channel(), []);
  const [result, setResult] = useState<PlaygroundGradCheckOutput | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => channel.cancel(), [channel]);
  // A result for another network would name the wrong layers.
  useEffect(() => setResult(null), [network]);

  const check = () => {
    const run = session?.runState() ?? null;
    setBusy(true);
    setError(null);
    const handle = channel.run('playgroundGradCheck', {
      network, points, batchSize, seed, step: run?.step ?? 0, weights: run?.weights ?? null, perLayer: CHECK_PER_LAYER, checkSeed: (seed + (run?.step ?? 0)) >>> 0,
    });
    handle.promise.then(
      (out) => { setResult(out); setBusy(false); },
      (e: unknown) => { setBusy(false); setError(`Gradient check failed: ${e instanceof Error ? e.message : String(e)}`); },
    );
  };

  const layers = network.hidden.length + 1;
  return (
    <section aria-labelledby="pg-check-heading" className={styles.check}>
      <h4 id="pg-check-heading" className={styles.groupTitle}>Gradient check</h4>
      <div className={layout.row}>
        <Button small disabled={!session || busy} onClick={check}>Check the gradient</Button>
        <span className={styles.small}>Backprop against central differences, float64, {CHECK_PER_LAYER} weights per layer.</span>
      </div>
      <div role="status" data-testid="pg-check">
        {busy ? <p className={styles.small}>Checking…</p> : null}
        {error ? <p className={layout.problems}>{error}</p> : null}
        {result && !busy ? (
          <>
            <p data-testid="pg-check-summary">{checkSummary(result)}</p>
            <table className={styles.stats}>
              <caption className={styles.caption}>Largest relative error per layer</caption>
              <thead><tr><th scope="col">layer</th><th scope="col">weights</th><th scope="col">error</th><th scope="col">verdict</th></tr></thead>
              <tbody>
                {result.layers.map((l) => (
                  <tr key={l.layer}>
                    <th scope="row">{l.layer === layers ? 'output' : `hidden ${l.layer}`}</th>
                    <td className={styles.num}>{l.checked}</td>
                    <td className={styles.num}>{errorText(l.maxRelativeError)}</td>
                    <td>{layerVerdict(l, layers, result.kinks)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </div>
    </section>
  );
}
