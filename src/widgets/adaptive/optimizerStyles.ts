/**
 * Each optimizer's colour and dash pattern: the race's (racerStyles.ts), so an optimizer looks the
 * same in every widget of the chapter, and two curves differ by more than colour.
 */
import { RACER_STYLES } from '../race/racerStyles';
import { ADAPTIVE_OPTIMIZERS, type AdaptiveName } from './adaptiveModel';

export const OPTIMIZER_COLORS: Readonly<Record<AdaptiveName, string>> = Object.freeze(
  Object.fromEntries(ADAPTIVE_OPTIMIZERS.map((n) => [n, RACER_STYLES[n].color])) as Record<AdaptiveName, string>,
);

export const OPTIMIZER_DASHES: Readonly<Record<AdaptiveName, string | undefined>> = Object.freeze(
  Object.fromEntries(ADAPTIVE_OPTIMIZERS.map((n) => [n, RACER_STYLES[n].dash])) as Record<AdaptiveName, string | undefined>,
);
