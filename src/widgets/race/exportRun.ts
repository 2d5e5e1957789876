/**
 * The run as a file: JSON (the settings and every racer's path and losses) and CSV (one row per
 * step, three columns per racer). Numbers at full precision; a racer that stopped early (it
 * diverged) has empty cells after its last step, and a non-finite value is written as an empty
 * cell (CSV) or null (JSON).
 */
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
  const header = ['step', ...run.names.flatMap((n) => [`${n}_x`, `${n}_y`, `${n}_loss`])];
  const rows = [header.join(',')];
  const longest = Math.max(0, ...run.result.racers.map((r) => r.losses.length));
  for (let t = 0; t < longest; t++) {
    const row = [String(t)];
    for (const r of run.result.racers) {
      const has = t < r.losses.length;
      row.push(cell(has ? r.params[2 * t] : undefined), cell(has ? r.params[2 * t + 1] : undefined), cell(has ? r.losses[t] : undefined));
    }
    rows.push(row.join(','));
  }
  return rows.join('\n') + '\n';
}

/** Starts a download of `text` (a Blob URL, revoked after the click). */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
