/**
 * Just enough TypeScript colouring for a listing of the core: comments, keywords, numbers and
 * strings, everything else plain. Run at build time, so the page ships coloured spans and no
 * highlighter. Not a parser: it reads one line at a time, which is all our listings need (their
 * comments are `//` lines; a `/* … *\/` comment must open and close on one line).
 */

export type TokenKind = 'comment' | 'keyword' | 'number' | 'string' | 'plain';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const KEYWORDS = new Set([
  'break', 'case', 'const', 'continue', 'do', 'else', 'false', 'for', 'function', 'if', 'in', 'let', 'new', 'null', 'of',
  'return', 'switch', 'this', 'throw', 'true', 'typeof', 'undefined', 'while',
]);

// One alternative per kind, tried in this order at each position. An identifier is matched
// whole before a number can be, so the 1 of `beta1` stays part of its name.
const TOKEN = new RegExp(
  [
    String.raw`(?<comment>\/\/.*|\/\*.*?\*\/)`,
    String.raw`(?<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|` + '`(?:[^`\\\\]|\\\\.)*`)',
    String.raw`(?<word>[A-Za-z_$][\w$]*)`,
    String.raw`(?<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)`,
  ].join('|'),
  'gu',
);

/** The tokens of one line, in order; joined, their texts give the line back exactly. */
export function highlightLine(line: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string): void => {
    const last = tokens[tokens.length - 1];
    // Neighbouring plain text is one token: fewer spans in the page.
    if (kind === 'plain' && last?.kind === 'plain') tokens[tokens.length - 1] = { kind, text: last.text + text };
    else tokens.push({ kind, text });
  };
  let at = 0;
  for (const match of line.matchAll(TOKEN)) {
    if (match.index > at) push('plain', line.slice(at, match.index));
    const groups = match.groups ?? {};
    const text = match[0];
    if (groups.comment !== undefined) push('comment', text);
    else if (groups.string !== undefined) push('string', text);
    else if (groups.number !== undefined) push('number', text);
    else push(KEYWORDS.has(text) ? 'keyword' : 'plain', text);
    at = match.index + text.length;
  }
  if (at < line.length) push('plain', line.slice(at));
  return tokens;
}
