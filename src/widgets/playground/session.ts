/**
 * A training session: the run the playground shows, kept on the page between worker chunks, as
 * a small store (get, subscribe) with no React in it, so the play loop is testable in Node.
 *
 * The loop. Play asks the worker (playgroundTrain) for a chunk of steps with the weights and
 * optimizer state it holds; when the chunk lands it keeps the new state, appends the losses,
 * notifies (React draws), and asks for the next chunk at once, so the worker computes while the
 * page draws. Steps per chunk adapt so a chunk takes about TARGET_MS (measured from request to
 * answer): fast enough to look live, few enough round trips to keep the worker busy. Pause lets
 * the chunk in flight land and asks for no more. Step runs one step. Reset (and any change of
 * configuration) drops the run: the next chunk starts from the seed's initial weights, so a run
 * is the same however often it is reset. Until that chunk lands, the snapshot keeps showing the
 * dropped run, marked stale: blanking the pictures for that round trip made every step of a
 * drag flash them. A diverged chunk stops the loop. Load continues from imported weights
 * instead of the seed's.
 */
import type { ComputeClient } from '../../worker/client';
import { CancelledError } from '../../worker/errors';
import type { PlaygroundRunState, PlaygroundTrainInput, PlaygroundTrainOutput } from '../../worker/tasks/playgroundTrain';

/**
 * What a chunk needs besides where the run is: everything the state determines, and how often
 * a playing chunk computes the pictures (1: every chunk; 2: every other, for large networks
 * whose pictures cost more than their steps; the pictures shown then stay one chunk behind).
 */
export type RunSetup = Omit<PlaygroundTrainInput, 'start' | 'steps' | 'recordEvery' | 'pictures'> & { readonly pictureEvery?: number };

export type SessionStatus = 'idle' | 'playing' | 'diverged' | 'error';

export interface LossHistory {
  readonly steps: readonly number[];
  readonly train: readonly number[];
  readonly test: readonly number[];
}

export interface SessionSnapshot {
  readonly status: SessionStatus;
  /** Steps taken (of the run shown). */
  readonly step: number;
  /** The newest chunk's pictures and numbers; null until the first lands. */
  readonly latest: PlaygroundTrainOutput | null;
  /** The setup `latest` was computed for (it differs from the current one while stale). */
  readonly latestSetup: RunSetup | null;
  /** The run shown was dropped (a reset, a change, a load); the new run's first chunk is on its way. */
  readonly stale: boolean;
  readonly history: LossHistory;
  /** Steps per second while playing (over the last second or so), else the last value. */
  readonly stepsPerSecond: number;
  readonly stepsPerChunk: number;
  /** Request-to-answer time of the last chunk, ms. */
  readonly chunkMs: number;
  /** A chunk is in flight. */
  readonly busy: boolean;
  readonly error: string | null;
}

export interface Session {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** A new configuration: drops the run (and keeps playing if it was). */
  configure(setup: RunSetup): void;
  play(): void;
  pause(): void;
  /** One step (only while paused). */
  step(): void;
  /** Back to the initial weights of the seed. */
  reset(): void;
  /** The run's current state, e.g. for an export; null before the first chunk. */
  runState(): PlaygroundRunState | null;
  /**
   * Continue from imported weights (already checked against the setup) with the history that
   * led there: drops the run shown, and keeps playing if it was (else one 0-step look draws them).
   */
  load(run: PlaygroundRunState, history: LossHistory): void;
  dispose(): void;
}

export interface SessionOptions {
  /** Milliseconds now (performance.now in the page; a fake clock in tests). */
  now?: () => number;
  /** Chunk length aimed at, ms. */
  targetMs?: number;
}

export const TARGET_MS = 40;
export const MAX_STEPS_PER_CHUNK = 5000;
/** History points kept; beyond, every other is dropped (the curves keep their shape). */
export const MAX_HISTORY = 4000;

const EMPTY: LossHistory = { steps: [], train: [], test: [] };

function thin(h: LossHistory): LossHistory {
  if (h.steps.length <= MAX_HISTORY) return h;
  const keep = (_: number, i: number) => i % 2 === 0 || i === h.steps.length - 1;
  return { steps: h.steps.filter(keep), train: h.train.filter(keep), test: h.test.filter(keep) };
}

export function createSession(client: ComputeClient, initial: RunSetup, options: SessionOptions = {}): Session {
  const now = options.now ?? (() => performance.now());
  const target = options.targetMs ?? TARGET_MS;
  const channel = client.channel();
  const listeners = new Set<() => void>();
  let setup = initial;
  let run: PlaygroundRunState | null = null;
  /** Bumped by every reset: an answer for an older generation is dropped. */
  let generation = 0;
  let playing = false;
  /** The id of the request in flight, or 0: a cancelled request's late rejection must not clear a newer one. */
  let inFlight = 0;
  let lastId = 0;
  let stepsPerChunk = 20;
  /** Chunks asked for while playing, to space the pictures (pictureEvery). */
  let chunks = 0;
  /** The fixed cost of a chunk, ms (see land). */
  let overhead = 0;
  let rate: { t: number; step: number }[] = [];
  /** No chunk has landed since the last drop; the first one draws, and starts from `base`. */
  let fresh = true;
  /** The history the run continues (empty, or a loaded run's). */
  let base: LossHistory = EMPTY;
  let snap: SessionSnapshot = { status: 'idle', step: 0, latest: null, latestSetup: null, stale: false, history: EMPTY, stepsPerSecond: 0, stepsPerChunk, chunkMs: 0, busy: false, error: null };

  const emit = (patch: Partial<SessionSnapshot>) => {
    snap = { ...snap, ...patch };
    for (const l of listeners) l();
  };

  const request = (steps: number) => {
    const gen = generation;
    const started = now();
    const id = ++lastId;
    inFlight = id;
    const recordEvery = Math.max(1, Math.round(steps / 8));
    const { pictureEvery = 1, ...fixed } = setup;
    // A look, a single Step, and the first chunk after a reset or load always draw.
    const pictures = steps <= 1 || fresh || chunks++ % Math.max(1, pictureEvery) === 0;
    const handle = channel.run('playgroundTrain', { ...fixed, start: run, steps, recordEvery, pictures });
    if (!snap.busy) emit({ busy: true });
    handle.promise.then(
      (out) => {
        if (inFlight !== id) return;
        inFlight = 0;
        if (gen !== generation) return next();
        const ms = now() - started;
        land(out, steps, ms);
        next();
      },
      (err: unknown) => {
        if (inFlight !== id) return;
        inFlight = 0;
        if (err instanceof CancelledError || gen !== generation) return next();
        playing = false;
        emit({ status: 'error', busy: false, error: err instanceof Error ? err.message : String(err) });
      },
    );
  };

  const land = (answer: PlaygroundTrainOutput, asked: number, ms: number) => {
    // A chunk without pictures keeps the last ones (the numbers and weights are the new chunk's).
    const prev = fresh ? null : snap.latest;
    const out = answer.output.length === 0 && prev ? { ...answer, output: prev.output, neurons: prev.neurons, grid: prev.grid, neuronGrid: prev.neuronGrid } : answer;
    run = out.state;
    const h = fresh ? base : snap.history;
    fresh = false;
    const history = thin({
      steps: [...h.steps, ...out.lossSteps],
      train: [...h.train, ...out.trainLoss],
      test: [...h.test, ...out.testLoss],
    });
    const t = now();
    rate = [...rate.filter((r) => t - r.t < 1000), { t, step: out.state.step }];
    const first = rate[0];
    const stepsPerSecond = rate.length > 1 && t > first.t ? ((out.state.step - first.step) * 1000) / (t - first.t) : snap.stepsPerSecond;
    // A chunk costs a fixed part (the pictures, the round trip: measured on the 0-step look after
    // a reset) plus a part per step. Aim the steps at the time left of the target, and let a
    // chunk take at least twice the fixed part, so a large network (whose 40 × 40 picture alone
    // can take 50 ms) still spends half its time training instead of one step per chunk.
    if (asked === 0) overhead = ms;
    else if (playing && ms > 0) {
      const perStep = Math.max(1e-4, (ms - Math.min(overhead, ms * 0.9)) / asked);
      const aim = (Math.max(target, 2 * overhead) - overhead) / perStep;
      // at most ×2 a chunk, so one slow answer (a garbage collection, a busy machine) does not swing it
      stepsPerChunk = Math.round(Math.min(MAX_STEPS_PER_CHUNK, Math.max(1, Math.min(2 * asked, Math.max(asked / 2, aim)))));
    }
    if (out.divergence) playing = false;
    emit({
      latest: out, latestSetup: setup, stale: false, history, step: out.state.step, stepsPerChunk, chunkMs: ms, stepsPerSecond,
      status: out.divergence ? 'diverged' : playing ? 'playing' : 'idle', busy: false, error: null,
    });
  };

  /** What to do when nothing is in flight: the next chunk while playing; the first look after a reset. */
  const next = () => {
    if (inFlight) return;
    if (playing) request(stepsPerChunk);
    else if (fresh) request(0);
    else if (snap.busy) emit({ busy: false });
  };

  const drop = (from: PlaygroundRunState | null = null, history: LossHistory = EMPTY) => {
    generation++;
    run = from;
    rate = [];
    channel.cancel();
    inFlight = 0;
    fresh = true;
    base = history;
    // The dropped run stays on screen, stale, until the new run's first chunk replaces it.
    emit(snap.latest ? { stale: true, status: playing ? 'playing' : 'idle', error: null } : { history, step: from?.step ?? 0, status: playing ? 'playing' : 'idle', error: null });
    next();
  };

  next();
  return {
    getSnapshot: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    configure(s) {
      setup = s;
      drop(null);
    },
    play() {
      if (playing || snap.status === 'diverged') return;
      playing = true;
      rate = [];
      emit({ status: 'playing' });
      next();
    },
    pause() {
      if (!playing) return;
      playing = false;
      // The chunk in flight is dropped, so the step shown is where the run stays: a Step pressed
      // next moves from there.
      channel.cancel();
      emit({ status: 'idle' });
    },
    step() {
      if (playing || inFlight || snap.status === 'diverged') return;
      request(1);
    },
    reset() {
      playing = false;
      drop(null);
    },
    runState: () => run,
    load(from, history) {
      drop(from, history);
    },
    dispose() {
      playing = false;
      generation++;
      channel.cancel();
      listeners.clear();
    },
  };
}
