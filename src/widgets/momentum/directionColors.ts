/**
 * One colour per eigen-direction, the same in every panel (the error lines, the critical-damping
 * curves, the caption): the slow direction in the accent, the fast one in the second accent.
 * Theme values, so dark mode and a host's palette carry through.
 */
import { color } from '../kit';

export const SLOW_COLOR = color.accent;
export const FAST_COLOR = color.accent2;
