/** What the explorer says while the worker samples the surface, if that fails, and after a worker restart. */
import { useComputeStatus } from '../../worker/useComputation';
import type { ComputationState } from '../../worker/computation';
import styles from './explorer.module.css';

export function ComputeNote({ state, hasGrid }: { state: ComputationState<'surfaceGrid'>; hasGrid: boolean }) {
  const status = useComputeStatus();
  return (
    <p className={styles.note} role="status">
      {state.status === 'running' && !hasGrid ? 'Sampling the surface…' : null}
      {state.status === 'error' ? <span className={styles.danger}>Could not sample the surface: {state.error?.message}</span> : null}
      {status.crashes > 0 ? ' The background computation restarted after a crash.' : null}
    </p>
  );
}
