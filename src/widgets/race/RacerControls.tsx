/**
 * The optimizer pickers the race and "which optimizer?" share: a titled group of controls, and
 * a row of on/off buttons, one per optimizer, each with the optimizer's line swatch (so the
 * button is matched to its path by more than colour).
 */
import type { ReactNode } from 'react';
import type { RacerName } from './raceSchema';
import { RacerSwatch } from './RacerLine';
import styles from './racerControls.module.css';

export function ControlGroup({ legend, children }: { readonly legend: string; readonly children: ReactNode }) {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export interface RacerToggle<N extends RacerName> {
  readonly name: N;
  readonly label: string;
  readonly pressed: boolean;
  /** Greyed out, with the reason as its title. */
  readonly disabledBecause?: string;
}

export function RacerToggles<N extends RacerName>({ toggles, onToggle }: { readonly toggles: readonly RacerToggle<N>[]; readonly onToggle: (name: N) => void }) {
  return (
    <div className={styles.toggles}>
      {toggles.map(({ name, label, pressed, disabledBecause }) => (
        <button
          key={name}
          type="button"
          className={styles.toggle}
          aria-pressed={pressed}
          disabled={disabledBecause !== undefined}
          title={disabledBecause}
          onClick={() => onToggle(name)}
        >
          <RacerSwatch name={name} />
          {label}
        </button>
      ))}
    </div>
  );
}
