/**
 * The state fields each control group reads, and a memo comparison by those fields: dragging
 * the learning rate re-renders the training controls only, not the data and network groups
 * (whose radio inputs and selects React would otherwise revisit on every step of the drag).
 * Each group's `state` prop is typed as just its fields, so a group that starts reading another
 * field fails to compile until the field is listed here.
 */
import { FEATURE_KEYS, ACTIVATION_KEYS, type PlaygroundState } from './playgroundSchema';

export const DATA_FIELDS = ['dataset', 'classes', 'noise', 'trainShare', 'dataSeed', ...Object.values(FEATURE_KEYS)] as const;
export const NETWORK_FIELDS = ['widths', 'init', ...ACTIVATION_KEYS] as const;
export const TRAINING_FIELDS = ['optimizer', 'lr', 'beta', 'beta1', 'beta2', 'schedule', 'decaySteps', 'batchSize', 'l1', 'l2', 'dropout', 'batchNorm'] as const;

export type FieldsOf<K extends readonly (keyof PlaygroundState)[]> = Pick<PlaygroundState, K[number]>;

/** memo's comparison: the listed state fields by identity, every other prop by identity. */
export function sameFields<K extends keyof PlaygroundState>(fields: readonly K[]) {
  return <P extends { readonly state: Pick<PlaygroundState, K> }>(a: P, b: P): boolean => {
    for (const k of Object.keys(a) as (keyof P)[]) if (k !== 'state' && a[k] !== b[k]) return false;
    return fields.every((f) => a.state[f] === b.state[f]);
  };
}
