/**
 * Turns a probe log into the figures a reader feels: for every input, the first frame that
 * renders a change to the widget after it, and the first frame that renders a worker result
 * asked for after it (so a result computed for an older position does not count).
 */
import type { PaintMark, ProbeLog } from './probe';
import { percentile, round1 } from './stats';
import type { Latencies } from './types';

/** An input the widget has not answered within this is counted as unanswered, not as a latency. */
export const ANSWER_LIMIT_MS = 1000;
/** A frame longer than two 60 Hz frames is a visible stutter. */
export const SLOW_FRAME_MS = 33.4;

function firstPaint(paints: readonly PaintMark[], after: number, ok: (p: PaintMark) => boolean): number | null {
  for (const p of paints) if (p.paintedAt > after && ok(p)) return p.paintedAt - after;
  return null;
}

export function latencies(log: ProbeLog, window: { readonly start: number; readonly end: number }): Latencies {
  const change: number[] = [];
  const result: number[] = [];
  for (const s of log.inputs) {
    const c = firstPaint(log.paints, s, (p) => p.lastChangeAt >= s);
    if (c !== null && c <= ANSWER_LIMIT_MS) change.push(c);
    if (log.worker.posted > 0) {
      const r = firstPaint(log.paints, s, (p) => p.resultPostedAt >= s);
      if (r !== null) result.push(r);
    }
  }
  const tasks = log.longTasks.filter((t) => t.start >= window.start && t.start <= window.end);
  return {
    inputs: log.inputs.length,
    answered: change.length,
    p50: round1(percentile(change, 50)),
    p95: round1(percentile(change, 95)),
    max: round1(change.length > 0 ? Math.max(...change) : null),
    resultP50: round1(percentile(result, 50)),
    resultP95: round1(percentile(result, 95)),
    longTasks: tasks.length,
    longTaskMs: Math.round(tasks.reduce((sum, t) => sum + t.duration, 0)),
    frames: log.frameDeltas.length,
    slowFrames: log.frameDeltas.filter((d) => d > SLOW_FRAME_MS).length,
  };
}
