// A Vite plugin that answers `/chapters/x.mdx?frontmatter` with only the file's YAML front
// matter as a JSON module. The site imports every chapter's front matter this way (eagerly, a
// few hundred bytes each) and the compiled bodies lazily, one chunk per chapter.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

const QUERY = '?frontmatter';
// A virtual id (\0 prefix) so that no other plugin, least of all the MDX compiler, transforms it.
const PREFIX = '\0descent-frontmatter:';
const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The front matter of an MDX source as a plain value (null when the file has none). */
export function readFrontmatter(source: string): unknown {
  const block = BLOCK.exec(source);
  return block ? (parse(block[1]) as unknown) : null;
}

export function chapterFrontmatter(): Plugin {
  return {
    name: 'descent:chapter-frontmatter',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(`.mdx${QUERY}`)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved ? PREFIX + resolved.id : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(readFrontmatter(await readFile(file, 'utf8')))};`;
    },
  };
}
