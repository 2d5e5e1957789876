/**
 * Each core optimizer's update as its source writes it: the `// listing: step` region of its
 * file (src/core/README.md), read as text by Vite when this module is bundled.
 *
 * Server only: the source text is inlined into whatever bundle imports this module, so only the
 * prerender may (through OptimizerUpdate, a static MDX component that never hydrates). The
 * client build never reaches it: mdxComponents is imported by the page's App, which the client
 * entry loads only under `npm run dev` (entry-client.tsx).
 */
import { optimizers, type OptimizerName } from '../../core/optim';
import { extractListing, type Listing } from './extractListing';

// Keyed by the glob's own relative paths ('../../core/optim/momentum.ts').
const SOURCES = import.meta.glob<string>('../../core/optim/*.ts', { query: '?raw', import: 'default', eager: true });
const GLOB_FOLDER = '../../core/optim';
/** The same folder from the repository root: what a caption shows. */
const FOLDER = 'src/core/optim';
const REGION = 'step';

/** Optimizers that run another one's class: AdamW is Adam's with weight decay (adamw.ts). */
const RUNS_IN: Partial<Record<OptimizerName, string>> = { adamw: 'adam' };

/**
 * `name`, checked: a chapter's MDX is not type-checked, so a misspelt name arrives as a plain
 * string and must stop the build, with the names it could have been.
 */
export function requireOptimizerName(op: string, name: string): OptimizerName {
  if (!Object.hasOwn(optimizers, name)) throw new Error(`${op}: no optimizer is called "${name}" (known: ${Object.keys(optimizers).join(', ')})`);
  return name as OptimizerName;
}

/** `name`'s update as code, with its file and lines. Throws if `name` is no optimizer or its
 *  file has no well-formed `// listing: step` region. */
export function optimizerListing(name: OptimizerName): Listing {
  const file = `${RUNS_IN[requireOptimizerName('listing', name)] ?? name}.ts`;
  const path = `${FOLDER}/${file}`;
  const text = SOURCES[`${GLOB_FOLDER}/${file}`];
  if (text === undefined) throw new Error(`listing: ${path}, the source of optimizer "${name}", was not found`);
  return extractListing(path, text, REGION);
}
