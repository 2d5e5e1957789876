/**
 * The two hidden layers of one example in one training step, each unit a square: filled if it
 * is kept (and scaled by 1/(1 − p)), crossed out if dropped. The reader steps through steps by
 * hand, or plays them at two a second (never faster: nothing flashes more than three times a
 * second); under reduced motion nothing plays by itself.
 */
import { Playback, usePlayback } from '../kit';
import { HIDDEN_LAYERS, maskOf, NETWORK_WIDTH } from './dropoutModel';
import styles from './dropout.module.css';

const SHOWN_STEPS = 50;

export function MaskPicture({ p, seed }: { p: number; seed: number }) {
  const playback = usePlayback({ last: SHOWN_STEPS, stepsPerSecond: 2 });
  const mask = maskOf(seed, playback.step, p);
  const dropped = mask.map((layer) => layer.filter(Boolean).length);
  return (
    <div className={styles.mask}>
      {mask.map((layer, l) => (
        <div key={l} className={styles.maskRow}>
          <span className={styles.maskName}>layer {l + 1}</span>
          <svg viewBox={`0 0 ${NETWORK_WIDTH * 10} 10`} className={styles.maskUnits} role="img" aria-label={`Hidden layer ${l + 1}: ${dropped[l]} of ${NETWORK_WIDTH} units dropped in this step`}>
            {layer.map((off, i) => (
              <g key={i}>
                <rect x={i * 10 + 1} y={1} width={8} height={8} rx={1.5} className={off ? styles.unitOff : styles.unitOn} />
                {off ? <path d={`M${i * 10 + 2} 2 l6 6 M${i * 10 + 8} 2 l-6 6`} className={styles.unitCross} /> : null}
              </g>
            ))}
          </svg>
        </div>
      ))}
      <p className={styles.maskText} data-testid="dropout-mask-text">
        Step {playback.step + 1}: {dropped.join(' and ')} of the {HIDDEN_LAYERS} × {NETWORK_WIDTH} hidden units are dropped for this example; the others are multiplied by 1/(1 − {p}) = {(1 / (1 - p)).toFixed(2)}.
      </p>
      <Playback playback={playback} label="Dropout masks" describeStep={(s) => `step ${s + 1}`} />
    </div>
  );
}
