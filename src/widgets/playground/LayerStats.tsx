/**
 * Per layer, the last step's update-to-weight ratio ‖Δw‖/‖w‖ as a number and a bar on a log
 * scale from 1e-6 to 1, with 1e-3 marked: the rule of thumb (CS231n) is about 1e-3; far below,
 * the layer barely learns; far above, the rate is too high for it.
 */
import { memo } from 'react';
import type { PlaygroundTrainOutput } from '../../worker/tasks/playgroundTrain';
import styles from './playground.module.css';
import { layerName, ratioText } from './playgroundText';

const LOG_LO = -6, LOG_HI = 0;
const position = (r: number): number => (r > 0 && Number.isFinite(r) ? Math.max(0, Math.min(1, (Math.log10(r) - LOG_LO) / (LOG_HI - LOG_LO))) : 0);

export const LayerStats = memo(function LayerStats({ out }: { out: PlaygroundTrainOutput | null }) {
  const layers = out ? out.updateRatio.length : 0;
  return (
    <div>
      <table className={styles.stats} data-testid="pg-ratios">
        <caption className={styles.caption}>Update-to-weight ratio ‖Δw‖/‖w‖ of the last step, per layer</caption>
        <thead>
          <tr><th scope="col">layer</th><th scope="col">ratio</th><th scope="col"><span className={styles.srOnly}>bar, log scale 1e-6 to 1, mark at 1e-3</span></th></tr>
        </thead>
        <tbody>
          {out ? Array.from(out.updateRatio, (r, l) => (
            <tr key={l}>
              <th scope="row">{l + 1 === layers ? 'output' : `hidden ${l + 1}`}</th>
              <td className={styles.num}>{ratioText(r)}</td>
              <td className={styles.barCell} aria-label={`${layerName(l + 1, layers)}: ${ratioText(r)}`}>
                <span className={styles.ratioBar} style={{ width: `${(100 * position(r)).toFixed(1)}%` }} />
                <span className={styles.mark} style={{ left: `${(100 * position(1e-3)).toFixed(1)}%` }} />
              </td>
            </tr>
          )) : <tr><td colSpan={3}>…</td></tr>}
        </tbody>
      </table>
      <p className={styles.small}>A healthy layer moves its weights by about a thousandth of their size per step (the mark at 1e-3): much less and it learns slowly; near 1e-1 or more, the learning rate is too high for it.</p>
    </div>
  );
});
