/** Which machine the figures come from, and whether it was quiet enough for them to mean anything. */
import { cpus, loadavg, platform, release } from 'node:os';
import type { Machine } from './types';

/** Above this 1-minute load average on the cores we have, timings mostly measure the neighbours. */
export const NOISY_LOAD = 1.5;

export function describeMachine(chromium: string): Machine {
  const all = cpus();
  return {
    cpu: all[0]?.model ?? 'unknown',
    cores: all.length,
    loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
    platform: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    chromium,
  };
}

export function machineLines(m: Machine): string[] {
  const lines = [`machine: ${m.cpu} × ${m.cores}, ${m.platform}, ${m.chromium}`, `date: ${m.date}   load average: ${m.loadavg.join(' ')}`];
  if ((m.loadavg[0] ?? 0) > NOISY_LOAD) lines.push(`WARNING: 1-minute load average ${m.loadavg[0]} > ${NOISY_LOAD}: the figures below are mostly noise`);
  return lines;
}
