/**
 * Repeated, interleaved timing. Each implementation is warmed up (which also calibrates how
 * many iterations fill one repetition), then the implementations take turns, one repetition
 * each, k times over: core, hand-fused, tfjs, core, hand-fused, tfjs, … so that they share
 * whatever else the (shared, 2-core) machine is doing. The reported rate is the median, by
 * wall time and by this process's CPU time (user + system), which another process on the
 * machine disturbs less.
 */

export interface Impl {
  readonly name: string;
  /** Does n iterations of work (steps, grid strips…); returns the units done (steps, grid points). */
  run(n: number): number;
  /** Seconds per timed repetition for this implementation (tfjs gets a smaller budget). */
  readonly repSeconds: number;
}

export interface TimingOptions {
  reps: number;
  warmupSeconds: number;
}

export interface Measurement {
  readonly name: string;
  /** Units per second of wall time, every repetition in order. */
  readonly rates: readonly number[];
  readonly median: number;
  /** Units per second of CPU time, every repetition in order. */
  readonly cpuRates: readonly number[];
  readonly cpuMedian: number;
}

const seconds = (): number => performance.now() / 1000;
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}

/** Runs impl for about `budget` seconds, doubling n until one call is timeable; returns iterations/s. */
function warmUp(impl: Impl, budget: number): number {
  let n = 1, spent = 0;
  for (;;) {
    const t0 = seconds();
    impl.run(n);
    const dt = seconds() - t0;
    spent += dt;
    if (spent >= budget && dt >= Math.min(0.05, budget / 4)) return n / dt;
    if (dt < budget / 4) n *= 2;
  }
}

export function measureInterleaved(impls: readonly Impl[], options: TimingOptions): Measurement[] {
  const iterations = impls.map((impl) => Math.max(1, Math.round(warmUp(impl, options.warmupSeconds) * impl.repSeconds)));
  const rates: number[][] = impls.map(() => []);
  const cpuRates: number[][] = impls.map(() => []);
  for (let r = 0; r < options.reps; r++) {
    impls.forEach((impl, i) => {
      const t0 = seconds(), c0 = cpuSeconds();
      const units = impl.run(iterations[i]);
      rates[i].push(units / (seconds() - t0));
      cpuRates[i].push(units / (cpuSeconds() - c0));
    });
  }
  return impls.map((impl, i) => ({ name: impl.name, rates: rates[i], median: median(rates[i]), cpuRates: cpuRates[i], cpuMedian: median(cpuRates[i]) }));
}
