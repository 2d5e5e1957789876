// In the client build, a chapter's numbers module (chapters/*.numbers.ts) is replaced by the
// values it computes. The build evaluates the module once in Node (the prerender runs the same
// code) and the page ships plain data instead of running the core on the main thread while it
// hydrates (chapter 3's numbers train models; that would freeze the page for a moment).
// The SSR build, the tests and `npm run dev` run the module itself.
//
// Only exports that JSON keeps unchanged are shipped (numbers, strings, booleans, arrays and
// plain objects of them). Functions and other exports are left out, so a chapter that imports
// one fails the client build with the bundler's "missing export" error.
import { execFileSync } from 'node:child_process';
import type { Plugin } from 'vite';

// chapters/*.numbers.ts, and a widget's own (src/widgets/**/*.numbers.ts: formulas typeset at build time)
const NUMBERS_MODULE = /\/(chapters|src\/widgets\/.+)\/[^/]+\.numbers\.ts$/;

// Runs in a child Node with tsx: imports the module and prints {name: value} for the exports
// that survive JSON (a deep comparison with ===, so -0 and 0 count as equal).
const EVALUATE = `
const same = (a, b) => {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const plainObject = (o) => [Object.prototype, null].includes(Object.getPrototypeOf(o));
  if (!plainObject(a) || !plainObject(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
};
const mod = await import(process.argv[1]);
const out = {};
for (const [name, value] of Object.entries(mod)) {
  if (typeof value === 'function') continue;
  const text = JSON.stringify(value);
  if (text !== undefined && same(JSON.parse(text), value)) out[name] = JSON.parse(text);
}
process.stdout.write(JSON.stringify(out));
`;

/** The module's plain-data exports (throws with the child's message if evaluating fails). */
export function evaluateNumbersModule(file: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', EVALUATE, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as Record<string, unknown>;
}

export function precomputedNumbers(): Plugin {
  return {
    name: 'descent:precomputed-numbers',
    apply: 'build',
    enforce: 'pre',
    load(id, options) {
      if (options?.ssr || !NUMBERS_MODULE.test(id)) return null;
      return Object.entries(evaluateNumbersModule(id))
        .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`)
        .join('\n');
    },
  };
}
