/**
 * Notices a worker that stopped answering (an endless loop, a worker closed or killed without
 * an error event). While the client has runs in flight, or a ping is still unanswered, it
 * ticks every `tickMs`: at a tick with no ping outstanding it sends one; a worker that is
 * alive answers between two slices (~8 ms; one trainSurface slice takes at most ~70 ms).
 * Any message from the worker counts as an answer.
 *
 * The worker is declared hung when it has been silent for `limitMs()` AND its ping has
 * stayed unanswered for at least two ticks. Time alone is not enough: after the page's own
 * thread froze (a long task, a laptop waking up), the first tick can run before the answer
 * that is already queued; a second tick comes after it. Runs made or superseded meanwhile
 * change nothing here (a slider dragged at 60 Hz must not postpone the verdict), so a hang
 * is noticed within about limitMs + tickMs whatever the reader does.
 */

export interface WatchdogOptions {
  /** Milliseconds between ticks. */
  readonly tickMs: number;
  /** How long a worker may stay silent; read at each tick (a worker that has not started yet
   *  may be allowed longer than one that has). */
  limitMs(): number;
  /** Whether runs are in flight; with none and no ping outstanding, the ticks stop. */
  busy(): boolean;
  /** Posts a ping to the worker. */
  ping(): void;
  /** Called once when the worker is declared hung, with how long it has been silent. */
  hang(silentMs: number): void;
}

export interface Watchdog {
  /** A run was sent: start ticking if it is not already (never restarts the ticks). */
  wake(): void;
  /** A message came from the worker. */
  heard(): void;
  /** Stops for good (the worker crashed, hung or was disposed of). */
  stop(): void;
}

export function createWatchdog(options: WatchdogOptions): Watchdog {
  const { tickMs } = options;
  let timer: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  let lastHeard = performance.now(); // a worker's silence counts from its creation
  /** Ticks since the outstanding ping was sent, or null when none is outstanding. */
  let pingTicks: number | null = null;

  const sleep = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };

  const tick = (): void => {
    if (pingTicks === null) {
      if (!options.busy()) return sleep(); // idle: nothing to watch until the next run
      pingTicks = 0;
      options.ping();
      return;
    }
    pingTicks += 1;
    const silent = performance.now() - lastHeard;
    if (pingTicks >= 2 && silent >= options.limitMs()) {
      stop();
      options.hang(silent);
    }
  };

  const stop = (): void => {
    stopped = true;
    sleep();
  };

  return {
    wake: () => {
      if (stopped || timer !== null) return;
      // Silence counts from when an answer is expected: a worker idle for a minute has not
      // been silent for a minute.
      if (pingTicks === null) lastHeard = performance.now();
      timer = setInterval(tick, tickMs);
    },
    heard: () => {
      lastHeard = performance.now();
      pingTicks = null;
    },
    stop,
  };
}
