/** The stdout tables of `npm run bench:ui`. */
import type { ControlRun, PageLoad } from './types';

type Cell = string | number | null;

function table(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((r) => r.map((c) => (c === null ? '–' : String(c))));
  const widths = head.map((h, i) => Math.max(h.length, ...text.map((r) => r[i].length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ms = (x: number | null): Cell => (x === null ? null : Math.round(x));

export function loadTable(loads: readonly PageLoad[]): string {
  return table(
    ['page', 'katex js', 'files', 'JS kB', 'JS gz kB', 'CSS kB', 'CSS gz kB', 'FCP ms', 'LCP ms', 'TBT ms', 'long tasks', 'first key ms', 'after load ms'],
    loads.map((l) => [
      l.page,
      l.katexJs ? 'YES' : 'no',
      l.assets.length,
      kb(l.jsRaw),
      kb(l.jsGzip),
      kb(l.cssRaw),
      kb(l.cssGzip),
      ms(l.fcp),
      ms(l.lcp),
      l.tbt,
      l.longTasks,
      l.firstKeyAnswered,
      l.firstKeyAfterLoad,
    ]),
  );
}

export function controlTable(runs: readonly ControlRun[]): string {
  return table(
    ['page', 'widget', 'control', 'kind', 'answered', 'p50', 'p95', 'max', 'result p95', 'long tasks', 'frames>33ms', 'runs', 'max in flight'],
    runs.map((r) => [
      r.page,
      r.widget,
      r.control,
      `${r.kind} ${r.run}`,
      `${r.answered}/${r.inputs}`,
      r.p50,
      r.p95,
      r.max,
      r.resultP95,
      r.longTasks,
      `${r.slowFrames}/${r.frames}`,
      r.runsPosted > 0 ? `${r.runsPosted} (${r.runsCancelled} cancelled)` : 0,
      r.maxInFlight,
    ]),
  );
}
