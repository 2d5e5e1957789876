// The pure logic behind <Answer>: what counts as a correct response. No React, so it is
// tested on its own and the component only wires it to inputs.

/** A numeric answer: correct when |response - value| <= tolerance. */
export interface NumberAnswer {
  check: 'number';
  value: number;
  /** Absolute tolerance. Defaults to 1e-9 (i.e. "exact" up to float noise). */
  tolerance?: number;
}

/** A multiple-choice answer: `correct` must be one of `choices`. */
export interface ChoiceAnswer {
  choices: readonly string[];
  correct: string;
}

export type AnswerSpec = NumberAnswer | ChoiceAnswer;

/** 'empty' means nothing usable was entered: prompt, don't mark wrong. */
export type Verdict = 'correct' | 'incorrect' | 'empty';

export const DEFAULT_TOLERANCE = 1e-9;

/**
 * Reads a number the way a person types it: "0.5", ".5", "-2", "1e-3", "1/3",
 * a typographic minus "−2", or a decimal comma "0,5". Returns undefined if it is not one.
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/\u2212/g, '-').replace(/^([-+]?\d*),(\d+)$/, '$1.$2');
  if (cleaned === '') return undefined;
  const fraction = /^([-+]?[\d.]+(?:e[-+]?\d+)?)\s*\/\s*([-+]?[\d.]+(?:e[-+]?\d+)?)$/i.exec(cleaned);
  if (fraction) {
    const value = Number(fraction[1]) / Number(fraction[2]);
    return Number.isFinite(value) ? value : undefined;
  }
  // Number('') and Number(' ') are 0 and Number('0x10') is 16: only accept decimal notation.
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

export const isNumberAnswer = (spec: AnswerSpec): spec is NumberAnswer => 'check' in spec && spec.check === 'number';

/** Judges a response (the typed text, or the chosen option; undefined if none). */
export function checkAnswer(spec: AnswerSpec, response: string | undefined): Verdict {
  if (response === undefined || response.trim() === '') return 'empty';
  if (isNumberAnswer(spec)) {
    const value = parseNumber(response);
    if (value === undefined) return 'empty';
    const tolerance = spec.tolerance ?? DEFAULT_TOLERANCE;
    // A hair of slack so a boundary answer is not failed by float noise: 0.49 vs 0.5 ± 0.01
    // computes |0.49 - 0.5| = 0.010000000000000009.
    const slack = 1e-12 * Math.max(1, Math.abs(spec.value));
    return Math.abs(value - spec.value) <= tolerance + slack ? 'correct' : 'incorrect';
  }
  return response === spec.correct ? 'correct' : 'incorrect';
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
    return;
  }
  if (!Array.isArray(spec.choices) || spec.choices.length < 2) {
    throw new Error('<Answer choices={[...]}> needs at least two choices');
  }
  if (!spec.choices.includes(spec.correct)) {
    throw new Error(`<Answer> correct="${String(spec.correct)}" is not one of the choices: ${spec.choices.join(', ')}`);
  }
}
