/**
 * The clock behind a Playback control: a step counter that advances while playing.
 *
 * It never starts by itself: `playing` is false until the reader presses Play, there is no
 * autoplay option, and nothing here restarts it when the inputs change. Under
 * prefers-reduced-motion, Play still advances (the reader asked for it), but `tween` is false so
 * widgets jump from step to step instead of animating between them.
 */
import { useCallback, useEffect, useState } from 'react';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';

export interface PlaybackOptions {
  /** The last step (steps run 0 … last). May grow while a computation streams in. */
  last: number;
  /** Steps per second at speed 1 (default 10). */
  stepsPerSecond?: number;
  /** Starting speed multiplier (default 1). */
  speed?: number;
}

export interface PlaybackApi {
  /** Current step, 0 … last. */
  readonly step: number;
  readonly last: number;
  readonly playing: boolean;
  /** Speed multiplier (1 = stepsPerSecond). */
  readonly speed: number;
  /** The reader prefers reduced motion. */
  readonly reducedMotion: boolean;
  /** Animate between steps? False under reduced motion. */
  readonly tween: boolean;
  play(): void;
  pause(): void;
  /** One step forward (pauses first). */
  stepForward(): void;
  /** Back to step 0, paused. */
  reset(): void;
  /** Jump to a step (clamped), e.g. from a scrubber. */
  seek(step: number): void;
  setSpeed(speed: number): void;
}

export function usePlayback({ last, stepsPerSecond = 10, speed: initialSpeed = 1 }: PlaybackOptions): PlaybackApi {
  const reducedMotion = usePrefersReducedMotion();
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(initialSpeed);
  const end = Math.max(0, Math.floor(last));

  useEffect(() => {
    if (!playing) return;
    const interval = setInterval(() => setStep((s) => Math.min(end, s + 1)), 1000 / (stepsPerSecond * speed));
    return () => clearInterval(interval);
  }, [playing, end, stepsPerSecond, speed]);

  // Stop at the end rather than spin; Play again from the end restarts from 0.
  useEffect(() => {
    if (playing && step >= end) setPlaying(false);
  }, [playing, step, end]);

  // If the run got shorter (new inputs), keep the step on it.
  const shown = Math.min(step, end);

  const play = useCallback(() => {
    setStep((s) => (s >= end ? 0 : s));
    setPlaying(true);
  }, [end]);
  const pause = useCallback(() => setPlaying(false), []);
  const stepForward = useCallback(() => {
    setPlaying(false);
    setStep((s) => Math.min(end, s + 1));
  }, [end]);
  const reset = useCallback(() => {
    setPlaying(false);
    setStep(0);
  }, []);
  const seek = useCallback((s: number) => setStep(Math.min(end, Math.max(0, Math.round(s)))), [end]);
  // A zero or negative speed would make the interval fire as fast as it can.
  const changeSpeed = useCallback((s: number) => setSpeed(Number.isFinite(s) && s > 0 ? s : 1), []);

  return { step: shown, last: end, playing, speed, reducedMotion, tween: !reducedMotion, play, pause, stepForward, reset, seek, setSpeed: changeSpeed };
}
