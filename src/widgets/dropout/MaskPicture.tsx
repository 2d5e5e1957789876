/**
 * The two hidden layers of the first training example in one of the first steps of the
 * dropout run, each unit a square: filled if it is kept (and scaled by 1/(1 − p)), crossed out
 * if dropped. The masks are the run's own (the worker's classifierRuns replays its draws). The
 * reader steps through steps by hand, or plays them at two a second (never faster: nothing
 * flashes more than three times a second); under reduced motion nothing plays by itself.
 */
import { Playback, usePlayback } from '../kit';
import { MASK_STEPS } from '../../worker/tasks/classifierRuns';
import { HIDDEN_LAYERS, NETWORK_WIDTH } from './dropoutModel';
import styles from './dropout.module.css';

export function MaskPicture({ masks, p }: { masks: Uint8Array | null | undefined; p: number }) {
  const playback = usePlayback({ last: MASK_STEPS - 1, stepsPerSecond: 2 });
  if (!masks) return <p className={styles.maskText} data-testid="dropout-mask-text">The run’s masks appear when its training is done.</p>;
  const layers = Array.from({ length: HIDDEN_LAYERS }, (_, l) => masks.subarray((playback.step * HIDDEN_LAYERS + l) * NETWORK_WIDTH, (playback.step * HIDDEN_LAYERS + l + 1) * NETWORK_WIDTH));
  const dropped = layers.map((layer) => layer.reduce((t, off) => t + off, 0));
  return (
    <div className={styles.mask}>
      {layers.map((layer, l) => (
        <div key={l} className={styles.maskRow}>
          <span className={styles.maskName}>layer {l + 1}</span>
          <svg viewBox={`0 0 ${NETWORK_WIDTH * 10} 10`} className={styles.maskUnits} role="img" aria-label={`Hidden layer ${l + 1}: ${dropped[l]} of ${NETWORK_WIDTH} units dropped in this step`}>
            {Array.from(layer, (off, i) => (
              <g key={i}>
                <rect x={i * 10 + 1} y={1} width={8} height={8} rx={1.5} className={off ? styles.unitOff : styles.unitOn} />
                {off ? <path d={`M${i * 10 + 2} 2 l6 6 M${i * 10 + 8} 2 l-6 6`} className={styles.unitCross} /> : null}
              </g>
            ))}
          </svg>
        </div>
      ))}
      <p className={styles.maskText} data-testid="dropout-mask-text">
        Step {playback.step + 1}: {dropped[0]} of layer 1’s {NETWORK_WIDTH} units and {dropped[1]} of layer 2’s are dropped for the first training point; the kept ones are multiplied by 1/(1 − {p}) = {(1 / (1 - p)).toFixed(2)}.
      </p>
      <Playback playback={playback} label="Dropout masks" describeStep={(s) => `step ${s + 1}`} />
    </div>
  );
}
