/**
 * The budgets the slider stops at: round numbers spaced evenly in log(budget), 10 … 10,000
 * (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 per decade). Each arrow key press moves one stop, by
 * 20–25%, so the keyboard reaches every decade quickly, and every stop reads as a round number.
 * A budget from a link that is not a stop shows at the nearest stop (in log) and stays as given.
 */
const PER_DECADE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

export const BUDGET_STOPS: readonly number[] = Object.freeze([
  ...[10, 100, 1000].flatMap((decade) => PER_DECADE.map((m) => Math.round(m * decade))),
  10000,
]);

/** Index of the stop nearest to `budget` in log(budget). */
export function nearestStop(budget: number, stops: readonly number[] = BUDGET_STOPS): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(Math.log(stops[i] / budget)) < Math.abs(Math.log(stops[best] / budget))) best = i;
  }
  return best;
}
