/** What the explorer says while the worker samples the surface, if that fails, and after a worker restart. */
import { useRestartNote } from '../kit/layout/restartNote';
import type { ComputationState } from '../../worker/computation';
import styles from './explorer.module.css';

export function ComputeNote({ state, hasGrid }: { state: ComputationState<'surfaceGrid'>; hasGrid: boolean }) {
  const restarted = useRestartNote();
  return (
    <p className={styles.note} role="status">
      {state.status === 'running' && !hasGrid ? 'Sampling the surface…' : null}
      {state.status === 'error' ? <span className={styles.danger}>Could not sample the surface: {state.error?.message}</span> : null}
      {restarted ? ` ${restarted}` : null}
    </p>
  );
}
