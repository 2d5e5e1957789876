/**
 * The state of "Descending in the dark" (URL keys `dark.*`). The start's range is the larger
 * map's; a start off the chosen map is moved onto it by the widget, with a message. The
 * defaults are the Himmelblau map's; choosing another landscape in the widget loads its own
 * start, stride and α. The walk itself is not state (see InTheDarkWidget.tsx).
 */
import { defineSchema } from '../state';
import { LANDSCAPE_NAMES, LANDSCAPES } from './landscapes';

export const darkSchema = defineSchema({
  landscape: { kind: 'enum', values: LANDSCAPE_NAMES, default: 'himmelblau', label: 'Landscape' },
  sx: { kind: 'number', min: -5, max: 5, default: LANDSCAPES.himmelblau.start[0], step: 0.01, label: 'Start x' },
  sy: { kind: 'number', min: -5, max: 5, default: LANDSCAPES.himmelblau.start[1], step: 0.01, label: 'Start y' },
  step: { kind: 'number', min: 0.02, max: 2, default: LANDSCAPES.himmelblau.stepLength, log: true, label: 'Step length' },
  lr: { kind: 'number', min: 0.001, max: 0.3, default: LANDSCAPES.himmelblau.alpha, log: true, label: 'Learning rate α' },
  reveal: { kind: 'boolean', default: false, label: 'Reveal the map' },
  seed: { kind: 'seed', default: 1, label: 'Random start seed' },
});
