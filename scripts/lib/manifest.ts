// Reads Vite's build manifest (dist/.vite/manifest.json) into the tags a page needs:
// the entry script, its stylesheets, and modulepreload hints for the chunks it imports.

/** The subset of a Vite manifest chunk we use. */
export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export interface EntryAssets {
  script: string;
  styles: string[];
  preloads: string[];
}

/**
 * Walks the entry's static imports so CSS from shared chunks is linked too. With `chunk` (a
 * lazily imported module the page awaits before hydrating, e.g. chapters/02-loss-surfaces.mdx),
 * that chunk and its imports are preloaded and their CSS linked as well.
 */
export function entryAssets(manifest: Manifest, entry: string, chunk?: string): EntryAssets {
  const root = manifest[entry];
  if (!root) throw new Error(`Vite manifest has no entry "${entry}"; found: ${Object.keys(manifest).join(', ')}`);
  const styles = new Set<string>();
  const preloads = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string, chunk: ManifestChunk): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const css of chunk.css ?? []) styles.add(`/${css}`);
    for (const dep of chunk.imports ?? []) {
      const child = manifest[dep];
      if (!child) continue;
      preloads.add(`/${child.file}`);
      visit(dep, child);
    }
  };
  visit(entry, root);
  if (chunk !== undefined) {
    const lazy = manifest[chunk];
    if (!lazy) throw new Error(`Vite manifest has no chunk "${chunk}"; found: ${Object.keys(manifest).join(', ')}`);
    preloads.add(`/${lazy.file}`);
    visit(chunk, lazy);
  }
  return { script: `/${root.file}`, styles: [...styles], preloads: [...preloads] };
}
