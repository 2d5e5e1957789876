/** Every formula the core exports for the chapters is valid KaTeX (it renders, strictly). */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { optimizers, regularizerFormulas, SURFACE_NAMES, createSurface, scheduleFormulas } from '../../src/core';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, strict: 'error', displayMode: true });

describe('KaTeX formulas', () => {
  const all: [string, string][] = [
    ...Object.values(optimizers).map((o): [string, string] => [`optimizer ${o.name}`, o.formula]),
    ...Object.entries(scheduleFormulas).map(([k, f]): [string, string] => [`schedule ${k}`, f]),
    ...Object.entries(regularizerFormulas).map(([k, f]): [string, string] => [`regularizer ${k}`, f]),
    ...SURFACE_NAMES.map((n): [string, string] => [`surface ${n}`, createSurface(n).formula]),
  ];
  for (const [name, tex] of all) {
    it(name, () => {
      expect(render(tex)).toContain('katex');
    });
  }
});
