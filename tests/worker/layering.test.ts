/** The worker layer imports the core only, and React in one file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/worker');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
}

describe('src/worker imports', () => {
  const all = files(root);

  it('only the core, its own files, and React in useComputation.ts', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const file of all) {
      const name = relative(root, file);
      for (const spec of imports(file)) {
        const ok = spec.startsWith('./') || spec.startsWith('../core') || spec === '../../core'
          || (spec === 'react' && name === 'useComputation.ts');
        expect(ok, `${name} imports ${spec}`).toBe(true);
      }
    }
  });
});
