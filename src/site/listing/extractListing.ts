/**
 * A region of a source file, cut out for the book to print. A region is the lines between two
 * whole-line comments, `// listing: <name>` and `// listing: end` (src/core/README.md); the
 * markers themselves are left out, and the lines are dedented so the listing starts at column 0.
 *
 * The whole file's markers are checked, not only the region asked for: a stray or unclosed
 * marker anywhere is a mistake someone will trip over later, and this runs at build time, where
 * an error stops the build instead of printing a wrong listing.
 */

export interface Listing {
  /** The file, as given (a path from the repository root, shown in the caption). */
  readonly path: string;
  readonly region: string;
  /** The region's lines, dedented, without the markers. */
  readonly lines: readonly string[];
  /** Line numbers in the file (1-based) of the first and the last line shown. */
  readonly firstLine: number;
  readonly lastLine: number;
}

/** What marks a region: a line holding only this comment and one word. */
const MARKER = /^\s*\/\/\s*listing:(.*)$/;
const NAME = /^[A-Za-z][\w-]*$/;
const END = 'end';

interface Region {
  readonly name: string;
  /** Line numbers (1-based) of the opening and closing markers. */
  readonly open: number;
  readonly close: number;
}

/** Every region of the file, checked: names are words, none nests, is left open or repeats. */
function regionsOf(path: string, lines: readonly string[]): Region[] {
  const regions: Region[] = [];
  let open: { name: string; line: number } | null = null;
  lines.forEach((text, i) => {
    const marker = MARKER.exec(text);
    if (!marker) return;
    const line = i + 1;
    const name = marker[1].trim();
    if (!NAME.test(name)) throw new Error(`listing: ${path} line ${line}: "${text.trim()}" is not a marker ("// listing: <name>" or "// listing: end")`);
    if (name === END) {
      if (!open) throw new Error(`listing: ${path} line ${line}: "// listing: end" closes no region`);
      regions.push({ name: open.name, open: open.line, close: line });
      open = null;
      return;
    }
    if (open) throw new Error(`listing: ${path} line ${line}: "// listing: ${name}" opens inside region "${open.name}" (line ${open.line}); regions do not nest`);
    const earlier = regions.find((r) => r.name === name);
    if (earlier) throw new Error(`listing: ${path} has two "// listing: ${name}" regions (lines ${earlier.open} and ${line})`);
    open = { name, line };
  });
  if (open !== null) {
    const { name, line } = open;
    throw new Error(`listing: ${path}: "// listing: ${name}" at line ${line} is never closed by "// listing: end"`);
  }
  return regions;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Removes the indentation every non-blank line shares; blank lines become empty. */
export function dedent(lines: readonly string[]): string[] {
  const filled = lines.filter((line) => line.trim() !== '');
  const common = filled.length === 0 ? 0 : Math.min(...filled.map(indentOf));
  return lines.map((line) => (line.trim() === '' ? '' : line.slice(common)));
}

/**
 * The lines of region `region` in `text` (the contents of `path`), dedented, with their line
 * numbers. Throws, naming the file and the marker, if the region is missing or empty or any
 * marker in the file is malformed, stray, nested, unclosed or repeated.
 */
export function extractListing(path: string, text: string, region: string): Listing {
  if (!NAME.test(region) || region === END) throw new Error(`listing: "${region}" cannot name a region (a word, not "end")`);
  const lines = text.split(/\r?\n/);
  const found = regionsOf(path, lines).find((r) => r.name === region);
  if (!found) throw new Error(`listing: ${path} has no "// listing: ${region}" region`);
  // Lines open + 1 … close − 1 (1-based) are indices open … close − 2.
  const body = lines.slice(found.open, found.close - 1);
  if (body.every((line) => line.trim() === '')) throw new Error(`listing: ${path}: region "${region}" at line ${found.open} is empty`);
  return { path, region, lines: dedent(body), firstLine: found.open + 1, lastLine: found.close - 1 };
}
