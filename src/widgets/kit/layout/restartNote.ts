/**
 * The sentence every worker-backed widget adds to its status line once the page's worker
 * crashed or hung and was replaced. The client re-sends the runs it lost, so the widget's
 * result comes back on its own; the sentence tells the reader why it took longer. It stays
 * (the count only grows), so it never flashes.
 */
import { useComputeStatus } from '../../../worker/useComputation';

export const RESTART_NOTE = 'The background computation stopped and was restarted.';

/** RESTART_NOTE after a worker restart on this page, otherwise null. */
export function useRestartNote(): string | null {
  return useComputeStatus().crashes > 0 ? RESTART_NOTE : null;
}
