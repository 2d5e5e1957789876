/**
 * The page's one check problem and its error curves, made once and shared: the problem is
 * deterministic (seeded), so every render, the server's included, sees the same numbers.
 */
import { type CheckProblem, type ErrorCurves, makeCheckProblem } from './numericalGradient';

let problem: CheckProblem | null = null;

/** The chapter's check problem (built on first use: about 5 ms). */
export function checkProblem(): CheckProblem {
  problem ??= makeCheckProblem();
  return problem;
}

/** Curves computed earlier on this page, so a remounted widget does not compute them again. */
export const curveCache: { curves: ErrorCurves | null } = { curves: null };
