/**
 * Each optimizer's colour (Okabe and Ito's colour-blind-safe palette, each overridable by a host
 * page through a --dw-opt-* variable) and dash pattern, so two curves differ by more than colour.
 */
import type { AdaptiveName } from './adaptiveModel';

export const OPTIMIZER_COLORS: Readonly<Record<AdaptiveName, string>> = Object.freeze({
  sgd: 'var(--dw-opt-sgd, #0072b2)',
  adagrad: 'var(--dw-opt-adagrad, #d55e00)',
  rmsprop: 'var(--dw-opt-rmsprop, #009e73)',
  adadelta: 'var(--dw-opt-adadelta, #cc79a7)',
  adam: 'var(--dw-opt-adam, #e69f00)',
});

export const OPTIMIZER_DASHES: Readonly<Record<AdaptiveName, string | undefined>> = Object.freeze({
  sgd: undefined,
  adagrad: '8 3',
  rmsprop: '2 3',
  adadelta: '8 3 2 3',
  adam: '4 2',
});
