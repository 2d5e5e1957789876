/**
 * What a widget says while the worker computes, when it failed, and after a worker restart:
 * one polite status line (role="status"), empty when there is nothing to say.
 */
import { useRestartNote } from './restartNote';
import type { ComputationState } from '../../../worker/computation';
import type { TaskName } from '../../../worker/protocol';
import styles from './ComputeNotice.module.css';

export function ComputeNotice<K extends TaskName>({ state, what }: { state: ComputationState<K>; what: string }) {
  const restarted = useRestartNote();
  return (
    <p className={styles.note} role="status">
      {state.status === 'running' && !state.result ? `Computing ${what}…` : null}
      {state.status === 'error' ? <span className={styles.danger}>Could not compute {what}: {state.error?.message}</span> : null}
      {restarted ? ` ${restarted}` : null}
    </p>
  );
}
