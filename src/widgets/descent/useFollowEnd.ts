/**
 * Keeps a playback clock at the end of its run until the reader takes it away: the widget
 * opens showing the whole path, and a run that grows or shrinks (another α, more steps) is
 * shown whole again. Step, Play and Reset hand the clock to the reader; reaching the end (by
 * Step or by playing through) hands it back. Nothing here starts playing.
 *
 * Returns the clock to give the Playback control: the same, with its reader actions wrapped.
 */
import { useEffect, useRef } from 'react';
import type { PlaybackApi } from '../kit';

export function useFollowEnd(playback: PlaybackApi): PlaybackApi {
  const { step, last, playing, seek } = playback;
  // A flag, not "step === last" read from a render: a seek in flight and a new `last` can
  // arrive in one render, and the clock must still count as following.
  const following = useRef(true);

  useEffect(() => {
    if (following.current) seek(last);
  }, [last, seek]);

  useEffect(() => {
    if (step >= last && !playing) following.current = true;
  }, [step, last, playing]);

  const handOver = <A extends unknown[]>(action: (...args: A) => void) => (...args: A) => {
    following.current = false;
    action(...args);
  };
  return {
    ...playback,
    play: handOver(playback.play),
    stepForward: handOver(playback.stepForward),
    reset: handOver(playback.reset),
    seek: handOver(playback.seek),
  };
}
