/**
 * What the benchmark installs in every page before the site's scripts run (page.addInitScript):
 * a long-task log from the very start of the load, a count of the worker's run/cancel/done
 * messages, and, once armed on a widget, a log of input stamps and of the frames that painted a
 * change to that widget. The page only records; bench/ui/latency.ts turns the log into figures.
 *
 * installProbe is serialised into the page, so it must not use anything from its module scope.
 */

/** One painted frame that showed a change to the armed widget. */
export interface PaintMark {
  /** Last DOM mutation or canvas draw in the widget before this frame was painted. */
  readonly lastChangeAt: number;
  /** The start of the first frame after the change (the frame that renders it). */
  readonly paintedAt: number;
  /** When the newest run whose result had arrived by then was posted (-1: none yet). */
  readonly resultPostedAt: number;
}

export interface WorkerCounts {
  posted: number;
  cancelled: number;
  done: number;
  errors: number;
  inFlight: number;
  maxInFlight: number;
}

export interface ProbeLog {
  readonly inputs: number[];
  readonly paints: PaintMark[];
  readonly longTasks: { readonly start: number; readonly duration: number }[];
  readonly frameDeltas: number[];
  readonly worker: WorkerCounts;
}

export interface BenchProbe {
  readonly longTasks: { readonly start: number; readonly duration: number }[];
  readonly worker: WorkerCounts;
  arm(selector: string): void;
  disarm(): ProbeLog;
}

export type ProbeWindow = Window & { __benchProbe?: BenchProbe };

export function installProbe(): void {
  const w = window as ProbeWindow;
  if (w.__benchProbe) return;
  const longTasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: TBT reads 0.
  }

  // Worker messages, counted by wrapping the prototype (the page makes its workers itself).
  const worker: WorkerCounts = { posted: 0, cancelled: 0, done: 0, errors: 0, inFlight: 0, maxInFlight: 0 };
  const postedAt = new Map<number, number>();
  let resultPostedAt = -1;
  const listening = new WeakSet<Worker>();
  const nativePost = Worker.prototype.postMessage;
  const isMessage = (m: unknown): m is { type: string; id: number } =>
    typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
  const onReply = (event: MessageEvent): void => {
    const m: unknown = event.data;
    if (!isMessage(m) || (m.type !== 'done' && m.type !== 'error')) return;
    if (m.type === 'done') worker.done++;
    else worker.errors++;
    const at = postedAt.get(m.id);
    if (at === undefined) return;
    postedAt.delete(m.id);
    worker.inFlight = postedAt.size;
    if (m.type === 'done') resultPostedAt = Math.max(resultPostedAt, at);
  };
  Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    if (!listening.has(this)) {
      listening.add(this);
      this.addEventListener('message', onReply);
    }
    const m = args[0];
    if (isMessage(m) && m.type === 'run') {
      worker.posted++;
      postedAt.set(m.id, performance.now());
    } else if (isMessage(m) && m.type === 'cancel') {
      worker.cancelled++;
      postedAt.delete(m.id);
    }
    worker.inFlight = postedAt.size;
    worker.maxInFlight = Math.max(worker.maxInFlight, worker.inFlight);
    return Reflect.apply(nativePost, this, args) as void;
  };

  // Armed state: which widget is watched, and the log of one run.
  let armed: Element | null = null;
  let inputs: number[] = [];
  let paints: PaintMark[] = [];
  let frameDeltas: number[] = [];
  let lastChangeAt = -1;
  let paintPending = false;
  let inArmed = new WeakMap<HTMLCanvasElement, boolean>();
  let observer: MutationObserver | null = null;

  const noteChange = (): void => {
    lastChangeAt = performance.now();
    if (paintPending) return;
    paintPending = true;
    // The frame that shows the change is the first one to start after it: its rAF callback
    // is stamped (the change is rendered and painted in that frame; a change drawn inside an
    // rAF callback is stamped a frame later). Not a task after the frame: Chrome holds timers
    // and posted messages back for 100-200 ms while input keeps arriving (measured in a
    // held-key run), and rAF callbacks are not held back.
    requestAnimationFrame(() => {
      paintPending = false;
      if (armed) paints.push({ lastChangeAt, paintedAt: performance.now(), resultPostedAt });
    });
  };

  const watchCanvas = (proto: object, names: readonly string[]): void => {
    for (const name of names) {
      const original: unknown = Reflect.get(proto, name);
      if (typeof original !== 'function') continue;
      Reflect.set(proto, name, function (this: { canvas: HTMLCanvasElement | OffscreenCanvas }, ...args: unknown[]) {
        const canvas = this.canvas;
        if (armed && canvas instanceof HTMLCanvasElement) {
          let inside = inArmed.get(canvas);
          if (inside === undefined) {
            inside = armed.contains(canvas);
            inArmed.set(canvas, inside);
          }
          if (inside) noteChange();
        }
        return Reflect.apply(original, this, args) as unknown;
      });
    }
  };
  watchCanvas(CanvasRenderingContext2D.prototype, ['fillRect', 'clearRect', 'strokeRect', 'fill', 'stroke', 'drawImage', 'putImageData', 'fillText']);
  watchCanvas(WebGLRenderingContext.prototype, ['drawArrays', 'drawElements']);
  if (typeof WebGL2RenderingContext !== 'undefined') watchCanvas(WebGL2RenderingContext.prototype, ['drawArrays', 'drawElements']);

  // Event.timeStamp is when the browser received the input, so a busy main thread counts.
  const onInput = (event: Event): void => {
    if (armed) inputs.push(event.timeStamp);
  };
  for (const type of ['pointermove', 'pointerdown', 'keydown']) window.addEventListener(type, onInput, { capture: true });

  let lastFrame = -1;
  const frameLoop = (t: number): void => {
    if (!armed) return;
    if (lastFrame >= 0) frameDeltas.push(t - lastFrame);
    lastFrame = t;
    requestAnimationFrame(frameLoop);
  };

  w.__benchProbe = {
    longTasks,
    worker,
    arm(selector: string) {
      const target = document.querySelector(selector);
      if (!target) throw new Error(`probe: nothing matches ${selector}`);
      armed = target;
      inputs = [];
      paints = [];
      frameDeltas = [];
      lastFrame = -1;
      inArmed = new WeakMap();
      Object.assign(worker, { posted: 0, cancelled: 0, done: 0, errors: 0, maxInFlight: worker.inFlight });
      observer = new MutationObserver(noteChange);
      observer.observe(target, { subtree: true, attributes: true, childList: true, characterData: true });
      requestAnimationFrame(frameLoop);
    },
    disarm() {
      observer?.disconnect();
      armed = null;
      return { inputs, paints, longTasks: [...longTasks], frameDeltas, worker: { ...worker } };
    },
  };
}
