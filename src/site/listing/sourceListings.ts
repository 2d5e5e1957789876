/**
 * Any `// listing: <region>` of the book's own TypeScript (src/core/README.md): the core, the
 * worker's tasks and the widgets' model files (the code a widget runs, not the code that draws
 * it), read as text by Vite when this module is bundled. Server only, like optimizerListings.ts:
 * the prerender imports it through SourceListing, a static MDX component, so no client bundle
 * carries the sources.
 */
import { extractListing, type Listing } from './extractListing';

// Keyed by the glob's own relative paths ('../../core/models/polynomial.ts').
const SOURCES = import.meta.glob<string>(['../../core/**/*.ts', '../../worker/tasks/*.ts', '../../widgets/*/*Model.ts'], { query: '?raw', import: 'default', eager: true });
const GLOB_FOLDER = '../../';
/** The same folder from the repository root: what a caption shows. */
const FOLDER = 'src/';

/** The region `region` of `src/<file>`. Throws, naming the file and its folder's files, if the
 *  file is not one the book lists from, or if its region is missing or malformed. */
export function sourceListing(file: string, region: string): Listing {
  const text = SOURCES[`${GLOB_FOLDER}${file}`];
  if (text === undefined) {
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    const near = Object.keys(SOURCES).map((k) => k.slice(GLOB_FOLDER.length)).filter((k) => folder !== '' && k.startsWith(folder));
    throw new Error(`listing: src/${file} is not a file the book lists code from (src/core, src/worker/tasks, src/widgets/*/*Model.ts)${near.length > 0 ? `; in that folder: ${near.join(', ')}` : ''}`);
  }
  return extractListing(`${FOLDER}${file}`, text, region);
}
