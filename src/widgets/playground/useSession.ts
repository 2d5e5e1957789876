/**
 * The session as React state: created in an effect (so never on the server, nor before the
 * widget hydrates), given each new setup, and read through useSyncExternalStore. Until the
 * session exists the widget renders the idle snapshot.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getComputeClient } from '../../worker/defaultClient';
import { createSession, type RunSetup, type Session, type SessionSnapshot } from './session';

const IDLE: SessionSnapshot = { status: 'idle', step: 0, latest: null, latestSetup: null, stale: false, history: { steps: [], train: [], test: [] }, stepsPerSecond: 0, stepsPerChunk: 0, chunkMs: 0, busy: false, error: null };
const noSubscribe = () => () => {};
const idle = () => IDLE;

export function useSession(setup: RunSetup, key: string): { session: Session | null; snapshot: SessionSnapshot } {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const s = createSession(getComputeClient(), setup);
    setSession(s);
    return () => s.dispose();
    // created once; later setups go through configure below
  }, []);
  const [configured, setConfigured] = useState(key);
  useEffect(() => {
    if (session && key !== configured) {
      session.configure(setup);
      setConfigured(key);
    }
  }, [session, key, configured, setup]);
  const snapshot = useSyncExternalStore(session ? session.subscribe : noSubscribe, session ? session.getSnapshot : idle, idle);
  return { session, snapshot };
}
