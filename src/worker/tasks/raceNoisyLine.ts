/**
 * The noisy line of optimizerRace, in a module of its own: widgets that draw its contours import
 * this constant without pulling the race task (and the training code behind it) into their chunk.
 */

/** The noisy line's data: fixed, so a link replays the same problem (its batches are seeded). */
export const RACE_NOISY_LINE = Object.freeze({ n: 200, slope: 2, intercept: 1, noise: 1, seed: 7 });
