// The pure logic behind <Answer>: what counts as a correct response. No React, so it is
// tested on its own and the component only wires it to inputs.

/**
 * A numeric answer: correct when |response − value| ≤ tolerance, or, with `accept`, when the
 * response lies in that interval. `accept` is for answers that are bounds: "below what value must
 * α stay" accepts 0.333 for 1/3 but must not accept 0.334, which is itself unstable.
 */
export interface NumberAnswer {
  check: 'number';
  value: number;
  /** Absolute tolerance. Defaults to 1e-9 (i.e. "exact" up to float noise). */
  tolerance?: number;
  /** The accepted interval [lo, hi], containing `value`; replaces `tolerance`. */
  accept?: readonly [lo: number, hi: number];
}

/** A multiple-choice answer: `correct` must be one of `choices`. */
export interface ChoiceAnswer {
  choices: readonly string[];
  correct: string;
}

export type AnswerSpec = NumberAnswer | ChoiceAnswer;

/** 'empty': nothing entered; 'unreadable': text that is not a number (with the reason). */
export type Verdict =
  | { kind: 'correct' }
  | { kind: 'incorrect' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; reason: string };

export const DEFAULT_TOLERANCE = 1e-9;

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: string };

// Digits with optional thousands separators: commas, spaces (also thin and no-break) or
// apostrophes between groups of exactly three, as the book prints 23,860 and 100,000.
const GROUPED = String.raw`\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u2009\u202f]\d{3})+|(?:'\d{3})+)`;
const DECIMAL = String.raw`(?:${GROUPED}|\d+)(?:\.\d*)?|\.\d+`;
const EXPONENT = String.raw`(?:e[-+]?\d+|\s*[×x*]\s*10\s*(?:\^\s*[-+]?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|)`;
const PLAIN = new RegExp(`^([-+]?)(${DECIMAL})(${EXPONENT})$`, 'i');
const POWER = /^([-+]?)10\s*(?:\^\s*([-+]?\d+)|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "⁻³" → "-3". */
function fromSuperscript(s: string): string {
  return Array.from(s, (c) => (c === '⁻' ? '-' : c === '⁺' ? '+' : String(SUPERSCRIPT.indexOf(c)))).join('');
}

/** The power of ten in "e5", "× 10^5", "x10⁵" (empty: none). */
function exponentOf(part: string): number {
  if (part === '') return 0;
  const e = /^e([-+]?\d+)$/i.exec(part);
  if (e) return Number(e[1]);
  const power = /10\s*(?:\^\s*([-+]?\d+)|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/.exec(part);
  if (!power) return NaN;
  return Number(power[1] ?? fromSuperscript(power[2]));
}

/** One number without a fraction bar: "23,860", "0.5", "1e5", "2.5 × 10^3", "10^5", "10⁵". */
function parseSingle(text: string): ParsedNumber {
  const power = POWER.exec(text);
  if (power) {
    const value = (power[1] === '-' ? -1 : 1) * 10 ** Number(power[2] ?? fromSuperscript(power[3]));
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `“${text}” is too large a number` };
  }
  const m = PLAIN.exec(text);
  if (!m) {
    if (/^[-+]?\d+,\d+$/.test(text) && !/^[-+]?\d{1,3}(?:,\d{3})+$/.test(text)) {
      return { ok: false, reason: `“${text}”: a comma here separates thousands (as in 23,860); write a decimal point as a dot, like 0.5` };
    }
    return { ok: false, reason: `“${text}” is not a number this box can read` };
  }
  const digits = m[2].replace(/[, \u00a0\u2009\u202f']/g, '');
  const value = (m[1] === '-' ? -1 : 1) * Number(digits) * 10 ** exponentOf(m[3].trim());
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `“${text}” is too large a number` };
}

/**
 * Reads a number the way a person types it, including the way the book prints numbers:
 * "0.5", ".5", "-2", a typographic minus "−2", thousands separators "23,860", "23 860",
 * powers of ten "1e5", "10^5", "10⁵", "2.5 × 10^3", and fractions "1/3". A comma is never a
 * decimal point (the book writes English numbers), so "0,0816" is refused with a reason.
 */
export function readNumber(input: string): ParsedNumber {
  const text = input.trim().replace(/\u2212/g, '-');
  if (text === '') return { ok: false, reason: 'Type a number first (like 0.5, 1/3 or 23,860)' };
  const bar = text.split('/');
  if (bar.length > 2) return { ok: false, reason: `“${text}” has more than one fraction bar` };
  if (bar.length === 2) {
    const [top, bottom] = bar.map((s) => parseSingle(s.trim()));
    if (!top.ok) return top;
    if (!bottom.ok) return bottom;
    if (bottom.value === 0) return { ok: false, reason: `“${text}” divides by zero` };
    return { ok: true, value: top.value / bottom.value };
  }
  return parseSingle(text);
}

/** The number in `text`, or undefined where readNumber gives a reason instead. */
export function parseNumber(text: string): number | undefined {
  const r = readNumber(text);
  return r.ok ? r.value : undefined;
}

export const isNumberAnswer = (spec: AnswerSpec): spec is NumberAnswer => 'check' in spec && spec.check === 'number';

/** The interval a numeric answer accepts. A hair of slack so a boundary answer is not failed by
 *  float noise: 0.49 against 0.5 ± 0.01 computes |0.49 − 0.5| = 0.010000000000000009. */
export function acceptedInterval(spec: NumberAnswer): [lo: number, hi: number] {
  const slack = 1e-12 * Math.max(1, Math.abs(spec.value));
  if (spec.accept) return [spec.accept[0] - slack, spec.accept[1] + slack];
  const tolerance = spec.tolerance ?? DEFAULT_TOLERANCE;
  return [spec.value - tolerance - slack, spec.value + tolerance + slack];
}

/** Judges a response (the typed text, or the chosen option; undefined if none). */
export function checkAnswer(spec: AnswerSpec, response: string | undefined): Verdict {
  if (response === undefined || response.trim() === '') return { kind: 'empty' };
  if (isNumberAnswer(spec)) {
    const read = readNumber(response);
    if (!read.ok) return { kind: 'unreadable', reason: read.reason };
    const [lo, hi] = acceptedInterval(spec);
    return read.value >= lo && read.value <= hi ? { kind: 'correct' } : { kind: 'incorrect' };
  }
  return response === spec.correct ? { kind: 'correct' } : { kind: 'incorrect' };
}

/** Catches authoring mistakes at render (and so at build) time, naming what is wrong. */
export function validateAnswerSpec(spec: AnswerSpec): void {
  if (isNumberAnswer(spec)) {
    if (typeof spec.value !== 'number' || !Number.isFinite(spec.value)) {
      throw new Error(`<Answer check="number"> needs a finite number in value={...}, got ${String(spec.value)}`);
    }
    if (spec.tolerance !== undefined && !(spec.tolerance >= 0)) {
      throw new Error(`<Answer check="number"> tolerance must be >= 0, got ${String(spec.tolerance)}`);
    }
    if (spec.accept !== undefined) {
      const [lo, hi] = spec.accept;
      if (spec.tolerance !== undefined) throw new Error('<Answer check="number"> takes tolerance or accept, not both');
      if (!(lo <= spec.value && spec.value <= hi)) {
        throw new Error(`<Answer check="number"> accept=[${lo}, ${hi}] must contain value ${spec.value}`);
      }
    }
    return;
  }
  if (!Array.isArray(spec.choices) || spec.choices.length < 2) {
    throw new Error('<Answer choices={[...]}> needs at least two choices');
  }
  if (!spec.choices.includes(spec.correct)) {
    throw new Error(`<Answer> correct="${String(spec.correct)}" is not one of the choices: ${spec.choices.join(', ')}`);
  }
}
