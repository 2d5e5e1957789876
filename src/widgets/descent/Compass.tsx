/**
 * Eight buttons in a compass rose, one stride each way. Native buttons: Tab reaches them,
 * Enter and Space press them. Each is named "N: step north", so the visible letter is part of
 * its accessible name.
 */
import styles from './dark.module.css';
import { type Direction, DIRECTION_NAMES } from './walk';

export interface CompassProps {
  onStep: (direction: Direction) => void;
  disabled: boolean;
}

/** Reading order of the 3 × 3 grid; null is the hub. */
const LAYOUT: readonly (Direction | null)[] = ['NW', 'N', 'NE', 'W', null, 'E', 'SW', 'S', 'SE'];

const ARROWS: { readonly [D in Direction]: string } = {
  N: '↑', NE: '↗', E: '→', SE: '↘', S: '↓', SW: '↙', W: '←', NW: '↖',
};

export function Compass({ onStep, disabled }: CompassProps) {
  return (
    <fieldset className={styles.compass}>
      <legend>Walk one step</legend>
      {LAYOUT.map((d) =>
        d === null ? (
          <span key="hub" className={styles.hub} aria-hidden="true">
            ✦
          </span>
        ) : (
          <button
            key={d}
            type="button"
            className={styles.dir}
            aria-label={`${d}: step ${DIRECTION_NAMES[d]}`}
            title={`Step ${DIRECTION_NAMES[d]}`}
            onClick={() => onStep(d)}
            disabled={disabled}
          >
            <span className={styles.dirArrow} aria-hidden="true">
              {ARROWS[d]}
            </span>
            <span aria-hidden="true">{d}</span>
          </button>
        ),
      )}
    </fieldset>
  );
}
