/**
 * Step / Play–Pause / Reset buttons, a speed choice and the step counter, for a usePlayback
 * clock, and optionally a timeline to scrub (a native range input: drag, touch, arrow keys,
 * Home/End). Draws only; the clock's rules (never autoplays, reduced motion) live in the hook.
 */
import { Button } from './Button';
import { Select } from './Select';
import controls from './controls.module.css';
import styles from './Playback.module.css';
import type { PlaybackApi } from './usePlayback';

export interface PlaybackProps {
  /** The clock, from usePlayback. */
  playback: PlaybackApi;
  /** Accessible name of the control group (default "Playback"). */
  label?: string;
  /** Speed multipliers offered (default 0.25, 0.5, 1, 2, 4). */
  speeds?: readonly number[];
  /** Counter text (default "Step 12 of 100"). */
  describeStep?: (step: number, last: number) => string;
  /** A timeline slider under the buttons: straight to a chosen step, not only by Step and Play. */
  scrub?: boolean;
}

const DEFAULT_SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4];

export function Playback({ playback, label = 'Playback', speeds = DEFAULT_SPEEDS, describeStep, scrub = false }: PlaybackProps) {
  const { step, last, playing, speed } = playback;
  const atEnd = step >= last;
  const options = speeds.map((s) => ({ value: String(s), label: `${s}×` }));
  const counter = describeStep ? describeStep(step, last) : `Step ${step} of ${last}`;

  return (
    <div role="group" aria-label={label} className={styles.playback} data-reduced-motion={playback.reducedMotion ? '' : undefined}>
      <Button onClick={playback.stepForward} disabled={atEnd}>
        Step
      </Button>
      <Button onClick={playing ? playback.pause : playback.play} disabled={last === 0}>
        {playing ? 'Pause' : 'Play'}
      </Button>
      <Button onClick={playback.reset} disabled={step === 0 && !playing}>
        Reset
      </Button>
      <div className={styles.speed}>
        <Select label="Speed" value={String(speed)} options={options} onChange={(v) => playback.setSpeed(Number(v))} />
      </div>
      {/* A span, not an <output> (which is a live region): announcing ten steps a second
          would drown everything else. */}
      <span className={styles.counter}>{counter}</span>
      {scrub && (
        <input
          type="range"
          className={`${controls.range} ${styles.timeline}`}
          aria-label="Timeline"
          aria-valuetext={counter}
          min={0}
          max={last}
          step={1}
          value={step}
          disabled={last === 0}
          onChange={(e) => {
            // Scrubbing takes the clock: a run that kept playing would pull the thumb away.
            if (playing) playback.pause();
            playback.seek(Number(e.currentTarget.value));
          }}
        />
      )}
    </div>
  );
}
