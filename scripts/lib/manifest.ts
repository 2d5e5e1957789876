// Reads Vite's build manifest (dist/.vite/manifest.json) into the tags a page needs:
// the entry script, its stylesheets, and modulepreload hints for the chunks it imports.

/** The subset of a Vite manifest chunk we use. */
export interface ManifestChunk {
  file: string;
  /** The chunk's name: its module's file name without the extension. */
  name?: string;
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
 * The manifest key of an island's chunk: islands are named after their file
 * (src/site/islands/islands.ts), and so is the chunk that holds it, whether the island's own
 * ('src/widgets/linreg/FitLineWidget.tsx') or one shared with the widgets ('_ScrollBox-….js').
 */
export function islandChunk(manifest: Manifest, island: string): string {
  const keys = Object.keys(manifest).filter((key) => manifest[key].name === island);
  if (keys.length !== 1) throw new Error(`Vite manifest: island "${island}" should be one module named ${island}.tsx; found ${keys.length === 0 ? 'none' : keys.join(', ')}`);
  return keys[0];
}

/**
 * Walks the entry's static imports so CSS from shared chunks is linked too. `lazy` are modules
 * the page fetches later (its islands): their CSS is linked now, so a widget is styled before
 * its script runs, but their scripts are not preloaded (they load when the island is due).
 * URLs start with `base`, the folder the site is served from.
 */
export function entryAssets(manifest: Manifest, entry: string, lazy: readonly string[] = [], base = '/'): EntryAssets {
  const root = manifest[entry];
  if (!root) throw new Error(`Vite manifest has no entry "${entry}"; found: ${Object.keys(manifest).join(', ')}`);
  const styles = new Set<string>();
  const preloads = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string, chunk: ManifestChunk, preload: boolean): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const css of chunk.css ?? []) styles.add(`${base}${css}`);
    for (const dep of chunk.imports ?? []) {
      const child = manifest[dep];
      if (!child) continue;
      if (preload) preloads.add(`${base}${child.file}`);
      visit(dep, child, preload);
    }
  };
  visit(entry, root, true);
  for (const key of lazy) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite manifest has no chunk "${key}"; found: ${Object.keys(manifest).join(', ')}`);
    visit(key, chunk, false);
  }
  return { script: `${base}${root.file}`, styles: [...styles], preloads: [...preloads] };
}
