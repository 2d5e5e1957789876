/**
 * Benchmark of the core's math against a yardstick (the fastest plain float64 JavaScript we can
 * write for each workload, bench/handFused/) and tfjs-core (cpu).
 *   npm run bench                  full run (about 2 min)
 *   npm run bench -- --quick       short timings, for smoke tests
 *   npm run bench -- --only W1,W4  a subset
 * Exits non-zero when a correctness check fails (core and yardstick must agree to 1e-12);
 * a ratio below its target is reported (BELOW) but does not fail the run.
 */
import { cpus } from 'node:os';
import { setupTfjs, tfjsVersion } from './tfjs/setup';
import { median } from './timing';
import type { RunContext, WorkloadReport } from './workloads/common';
import { runLandscapeWorkload } from './workloads/landscape';
import { runMlpWorkload, W1, W2, W3 } from './workloads/mlp';
import { runRosenbrockWorkload } from './workloads/rosenbrock';
import { runSurfaceWorkload } from './workloads/surface';

const WORKLOADS: Record<string, (ctx: RunContext) => WorkloadReport> = {
  W1: (ctx) => runMlpWorkload(W1, ctx),
  W2: (ctx) => runMlpWorkload(W2, ctx),
  W3: (ctx) => runMlpWorkload(W3, ctx),
  W4: runRosenbrockWorkload,
  W5: runLandscapeWorkload,
  W6: runSurfaceWorkload,
};

function parseArgs(argv: readonly string[]): { quick: boolean; only: string[] } {
  let quick = false;
  let only = Object.keys(WORKLOADS);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') quick = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const list = a === '--only' ? argv[++i] ?? '' : a.slice('--only='.length);
      only = list.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0);
      const unknown = only.filter((id) => !(id in WORKLOADS));
      if (unknown.length > 0 || only.length === 0) throw new Error(`--only: unknown workload(s) ${unknown.join(', ')} (known: ${Object.keys(WORKLOADS).join(', ')})`);
    } else throw new Error(`unknown argument ${a} (use --quick, --only W1,W4)`);
  }
  return { quick, only };
}

const fmtRate = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3));
const fmtRatio = (x: number): string => (x >= 0.1 ? x.toFixed(2) : x.toPrecision(2));
const fmtNum = (x: number): string => (Number.isNaN(x) ? '—' : x.toPrecision(12));
const fmtRel = (x: number): string => (x === 0 ? '0 (identical)' : x.toExponential(2));

function printReport(r: WorkloadReport): boolean {
  let ok = true;
  console.log(`\n## ${r.id}: ${r.title}`);
  for (const c of r.checks) {
    const pass = c.rel <= c.tolerance;
    if (c.strict && !pass) ok = false;
    const verdict = c.strict ? (pass ? 'OK' : 'MISMATCH') : pass ? 'ok (info)' : 'differs (info)';
    const vals = Number.isNaN(c.core) ? '' : ` core ${fmtNum(c.core)} vs ${c.label.startsWith('tfjs') ? 'tfjs' : 'yardstick'} ${fmtNum(c.other)};`;
    console.log(`  check ${c.label}:${vals} max rel diff ${fmtRel(c.rel)} (tol ${c.tolerance.toExponential(0)}) ${verdict}`);
  }
  for (const n of r.notes) console.log(`  note: ${n}`);
  for (const m of r.results) console.log(`  ${m.name.padEnd(10)} median ${fmtRate(m.median)} ${r.unit} (CPU time: ${fmtRate(m.cpuMedian)}); reps ${m.rates.map(fmtRate).join(', ')}`);
  const [core, hf] = r.results;
  console.log(`  core ÷ yardstick per round, wall: ${paired(core.rates, hf.rates).map(fmtRatio).join(', ')}`);
  console.log(`  core ÷ yardstick per round, CPU:  ${paired(core.cpuRates, hf.cpuRates).map(fmtRatio).join(', ')}`);
  return ok;
}

/** Ratios round by round: repetitions were interleaved, so each round's pair shares its noise. */
const paired = (a: readonly number[], b: readonly number[]): number[] => a.map((x, i) => x / b[i]);

function table(reports: readonly WorkloadReport[]): string {
  const rows = [
    '| workload | core steps/s | yardstick steps/s | tfjs-core steps/s | core ÷ yardstick (wall) | core ÷ yardstick (CPU) | tfjs ÷ yardstick (CPU) | target (CPU) |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of reports) {
    const [core, hf, tf] = r.results;
    const wall = median(paired(core.rates, hf.rates));
    const cpu = median(paired(core.cpuRates, hf.cpuRates));
    const target = r.target === null ? 'none (report)' : `≥ ${r.target} ${cpu >= r.target ? 'PASS' : 'BELOW'}`;
    const unit = r.unit === 'steps/s' ? '' : ` (${r.unit})`;
    rows.push(`| ${r.id} ${r.title}${unit} | ${fmtRate(core.median)} | ${fmtRate(hf.median)} | ${fmtRate(tf.median)} | ${fmtRatio(wall)} | ${fmtRatio(cpu)} | ${fmtRatio(tf.cpuMedian / hf.cpuMedian)} | ${target} |`);
  }
  return rows.join('\n');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { quick, only } = parseArgs(process.argv.slice(2));
  const ctx: RunContext = quick
    ? { quick, timing: { reps: 3, warmupSeconds: 0.05 }, repSeconds: 0.1, tfjsRepSeconds: 0.1 }
    : { quick, timing: { reps: 11, warmupSeconds: 0.4 }, repSeconds: 0.45, tfjsRepSeconds: 0.3 };
  await setupTfjs();
  const cpu = cpus();
  console.log('# Descent core benchmark');
  console.log(`date ${new Date().toISOString()} · node ${process.version} · ${process.platform}/${process.arch} · ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}`);
  console.log(`tfjs-core ${tfjsVersion()} on the cpu backend: float32 (the core and the yardstick are float64)`);
  console.log(`mode ${quick ? 'quick' : 'full'}: ${ctx.timing.reps} interleaved repetitions of ~${ctx.repSeconds} s (tfjs ~${ctx.tfjsRepSeconds} s) after ~${ctx.timing.warmupSeconds} s warm-up each; medians reported${quick ? ' (quick: too short to be representative, a smoke test only)' : ''}`);

  const reports: WorkloadReport[] = [];
  let ok = true;
  for (const id of only) {
    const r = WORKLOADS[id](ctx);
    reports.push(r);
    ok = printReport(r) && ok;
  }
  console.log(`\n${table(reports)}\n`);
  console.log(`correctness: ${ok ? 'PASS (core and yardstick agree)' : 'FAIL (see MISMATCH above)'}`);
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (!ok) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
