/**
 * Any `// listing: <region>` of a core source file (src/core/README.md), read as text by Vite
 * when this module is bundled. Server only, like optimizerListings.ts: the prerender imports
 * it through CoreListing, a static MDX component, so no client bundle carries the sources.
 */
import { extractListing, type Listing } from './extractListing';

// Keyed by the glob's own relative paths ('../../core/models/polynomial.ts').
const SOURCES = import.meta.glob<string>('../../core/**/*.ts', { query: '?raw', import: 'default', eager: true });
const GLOB_FOLDER = '../../core/';
/** The same folder from the repository root: what a caption shows. */
const FOLDER = 'src/core/';

/** The region `region` of `src/core/<file>`. Throws, naming the file and the files there are,
 *  if the file is not in the core, or if its region is missing or malformed. */
export function coreListing(file: string, region: string): Listing {
  const text = SOURCES[`${GLOB_FOLDER}${file}`];
  if (text === undefined) {
    const near = Object.keys(SOURCES).map((k) => k.slice(GLOB_FOLDER.length)).filter((k) => k.split('/')[0] === file.split('/')[0]);
    throw new Error(`listing: src/core/${file} is not a core source file${near.length > 0 ? ` (in that folder: ${near.join(', ')})` : ''}`);
  }
  return extractListing(`${FOLDER}${file}`, text, region);
}
