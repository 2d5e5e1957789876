/** The shapes `npm run bench:ui` measures and writes to JSON (one concept: the report's schema). */

export interface AssetBytes {
  readonly url: string;
  readonly kind: 'js' | 'css';
  /** Decoded body size. */
  readonly raw: number;
  /** zlib gzip (level 9) of the body, computed here so it does not depend on the server. */
  readonly gzip: number;
}

export interface PageLoad {
  readonly page: string;
  readonly assets: readonly AssetBytes[];
  readonly jsRaw: number;
  readonly jsGzip: number;
  readonly cssRaw: number;
  readonly cssGzip: number;
  /** Whether any script loaded before interactive holds KaTeX's parser. */
  readonly katexJs: boolean;
  /** The rest are measured with the CPU throttled 4×, ms from navigation start. */
  readonly fcp: number | null;
  readonly lcp: number | null;
  readonly tbt: number;
  readonly longTasks: number;
  /** First press of ArrowRight on the first slider that the widget answered; null: no slider or never. */
  readonly firstKeyAnswered: number | null;
  /** The same press, ms after that load's load event ended (negative: answered before it). */
  readonly firstKeyAfterLoad: number | null;
}

export type ControlKind = 'range' | 'point';
export type RunKind = 'drag' | 'keys';

/** One run's figures, from the probe's log (latency.ts). */
export interface Latencies {
  /** Inputs sent, and how many of them the widget answered with a change within a second. */
  readonly inputs: number;
  readonly answered: number;
  /** Input → the first frame that renders the widget's change (ms). */
  readonly p50: number | null;
  readonly p95: number | null;
  readonly max: number | null;
  /** Input → the first frame that renders a worker result asked for after the input; null when no run was posted. */
  readonly resultP50: number | null;
  readonly resultP95: number | null;
  /** Main-thread long tasks during the run, and their total length (ms). */
  readonly longTasks: number;
  readonly longTaskMs: number;
  /** Frames during the run, and how many took longer than two 60 Hz frames. */
  readonly frames: number;
  readonly slowFrames: number;
}

export interface ControlRun extends Latencies {
  readonly page: string;
  readonly widget: string;
  readonly control: string;
  readonly kind: ControlKind;
  readonly run: RunKind;
  readonly runsPosted: number;
  readonly runsCancelled: number;
  readonly runsDone: number;
  readonly maxInFlight: number;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly loadavg: readonly number[];
  readonly platform: string;
  readonly date: string;
  readonly chromium: string;
}

export interface Report {
  readonly machine: Machine;
  readonly options: { readonly quick: boolean; readonly pages: readonly string[]; readonly widget: string | null };
  readonly loads: readonly PageLoad[];
  readonly controls: readonly ControlRun[];
  readonly skipped: readonly string[];
  readonly seconds: number;
}
