/**
 * The run as a file: JSON (the settings, each racer's schedule, path and losses) and CSV (one row
 * per step, four columns per racer: x, y, loss, and the α of the step taken from that point, so a
 * schedule is in the file and not only in the link). Numbers at full precision; a racer that stopped early (it
 * diverged) has empty cells after its last step, and a non-finite value is written as an empty
 * cell (CSV) or null (JSON).
 */
import { learningRateAt, type Schedule } from '../../core/optim/schedules';
import type { OptimizerRaceOutput } from '../../worker/tasks/optimizerRace';
import { RACER_INFO, type RacerName } from './raceSchema';

export interface RaceRun {
  /** The problem in words and as the worker got it. */
  readonly surface: string;
  readonly problem: unknown;
  readonly start: readonly [number, number];
  readonly steps: number;
  readonly tolerance: number;
  readonly names: readonly RacerName[];
  readonly configs: readonly Record<string, number>[];
  /** Each racer's learning-rate schedule over the run (its base α is config.lr). */
  readonly schedules: readonly Schedule[];
  readonly result: OptimizerRaceOutput;
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function runToJson(run: RaceRun): string {
  const racers = run.names.map((name, i) => {
    const r = run.result.racers[i];
    const n = r.losses.length;
    const path: (number | null)[][] = [];
    for (let t = 0; t < n; t++) path.push([finite(r.params[2 * t]), finite(r.params[2 * t + 1])]);
    return {
      optimizer: name,
      label: RACER_INFO[name].label,
      config: run.configs[i],
      schedule: run.schedules[i],
      stepsTaken: r.steps,
      stop: r.stop,
      divergence: r.divergence,
      arrivedAt: r.arrivedAt,
      evaluations: r.evaluations ?? null,
      finalLoss: n > 0 ? finite(r.losses[n - 1]) : null,
      path,
      losses: Array.from(r.losses, finite),
    };
  });
  return JSON.stringify(
    { surface: run.surface, problem: run.problem, start: run.start, steps: run.steps, tolerance: run.tolerance, minimum: run.result.minimum, racers },
    null,
    1,
  );
}

const cell = (v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? '' : String(v));

export function runToCsv(run: RaceRun): string {
  const header = ['step', ...run.names.flatMap((n) => [`${n}_x`, `${n}_y`, `${n}_loss`, `${n}_lr`])];
  const rows = [header.join(',')];
  const longest = Math.max(0, ...run.result.racers.map((r) => r.losses.length));
  for (let t = 0; t < longest; t++) {
    const row = [String(t)];
    run.result.racers.forEach((r, i) => {
      const has = t < r.losses.length;
      // The α of the step from point t to t + 1: none after the last point.
      const lr = t < r.steps ? learningRateAt(run.schedules[i], run.configs[i].lr, t) : undefined;
      row.push(cell(has ? r.params[2 * t] : undefined), cell(has ? r.params[2 * t + 1] : undefined), cell(has ? r.losses[t] : undefined), cell(lr));
    });
    rows.push(row.join(','));
  }
  return rows.join('\n') + '\n';
}
