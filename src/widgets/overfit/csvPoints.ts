/**
 * A reader's own points from CSV text: one "x,y" pair per line (a comma, a semicolon, a tab
 * or spaces between them), an optional header line, blank lines and lines starting with # are
 * skipped. Nothing is half-imported: if any line is bad, no point is taken and every bad line
 * is named, with why, so the reader can fix the file.
 */
import type { Vec2 } from './overfitModel';

export interface CsvLimits {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly minRows: number;
  readonly maxRows: number;
  /** Longest text accepted, in characters (a file is read only up to a size the widget can use). */
  readonly maxChars: number;
}

export type CsvResult =
  | { readonly ok: true; readonly points: Vec2[] }
  | { readonly ok: false; readonly problems: string[] };

/** Most bad lines listed one by one; the rest are counted. */
const LISTED = 5;

export function parseCsvPoints(text: string, limits: CsvLimits): CsvResult {
  if (text.length > limits.maxChars) {
    return { ok: false, problems: [`The text is ${text.length.toLocaleString('en-US')} characters long; at most ${limits.maxChars.toLocaleString('en-US')} are read (${limits.maxRows} points).`] };
  }
  const problems: string[] = [];
  const points: Vec2[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let seenData = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(/\s*[,;\t]\s*|\s+/).filter((c) => c !== '');
    const numbers = cells.map(Number);
    if (!seenData && cells.length === 2 && numbers.every((v) => Number.isNaN(v))) return; // a header, e.g. "x,y"
    seenData = true;
    const where = `Line ${i + 1} ("${line.length > 30 ? `${line.slice(0, 30)}…` : line}")`;
    if (cells.length !== 2) { problems.push(`${where}: expected two numbers, x and y, found ${cells.length} value${cells.length === 1 ? '' : 's'}.`); return; }
    const bad = cells.find((_, k) => !Number.isFinite(numbers[k]));
    if (bad !== undefined) { problems.push(`${where}: "${bad}" is not a number.`); return; }
    const [x, y] = numbers;
    if (x < limits.x[0] || x > limits.x[1]) { problems.push(`${where}: x = ${x} is outside ${limits.x[0]} to ${limits.x[1]}.`); return; }
    if (y < limits.y[0] || y > limits.y[1]) { problems.push(`${where}: y = ${y} is outside ${limits.y[0]} to ${limits.y[1]}.`); return; }
    points.push([x, y]);
  });
  if (problems.length > LISTED) problems.splice(LISTED, problems.length - LISTED, `… and ${problems.length - LISTED} more bad lines.`);
  if (problems.length === 0 && points.length > limits.maxRows) problems.push(`${points.length} points is more than the ${limits.maxRows} this widget takes.`);
  if (problems.length === 0 && points.length < limits.minRows) problems.push(`${points.length} point${points.length === 1 ? '' : 's'} is too few: at least ${limits.minRows} are needed to split them into training and validation sets.`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, points };
}

/** The points as CSV text, the format parseCsvPoints reads (for "copy as CSV"). */
export const pointsToCsv = (points: readonly Vec2[]): string => ['x,y', ...points.map(([x, y]) => `${x},${y}`)].join('\n');
