/**
 * A teacher's control policy for one widget: settings whose controls are hidden, or shown but
 * locked (an exercise, an exam). Given by the embedding page (?hide=lr,steps&lock=kappa, or the
 * element's attributes) through ControlPolicyContext; read in two places, so a locked value
 * cannot change by any route:
 *  - useWidgetState drops every change to a hidden or locked key, and reports a key the
 *    schema does not have;
 *  - a control made from a schema field (sliderProps, selectProps, toggleProps) hides itself or
 *    disables itself with a note (useFieldPolicy).
 * Keys are the schema's own (the ones in a share link after the widget's prefix).
 */
import { createContext, useContext } from 'react';
import { type Field, keyOfField, type Schema } from './schema';

export interface ControlPolicy {
  readonly hidden: readonly string[];
  readonly locked: readonly string[];
}

export const NO_POLICY: ControlPolicy = { hidden: [], locked: [] };

export const ControlPolicyContext = createContext<ControlPolicy>(NO_POLICY);

/** "lr, steps kappa" → ['lr', 'steps', 'kappa']: commas or spaces, as a teacher may type. */
export const parseKeyList = (text: string | null | undefined): string[] => (text ?? '').split(/[\s,]+/).filter((k) => k !== '');

/** Keys no change may touch: hidden ones too (a control the reader cannot see must not move). */
export const frozenKeys = (policy: ControlPolicy): ReadonlySet<string> => new Set([...policy.hidden, ...policy.locked]);

/** One sentence per key the schema does not have, naming the ones it has. */
export function policyProblems(schema: Schema, policy: ControlPolicy): string[] {
  const known = Object.keys(schema);
  const out: string[] = [];
  for (const [option, keys] of [['hide', policy.hidden], ['lock', policy.locked]] as const) {
    for (const key of keys) {
      if (!Object.hasOwn(schema, key)) out.push(`${option}: “${key}” is not a setting of this widget (its settings: ${known.join(', ')})`);
    }
  }
  return out;
}

export type FieldAccess = 'free' | 'locked' | 'hidden';

/** How the control for `field` is shown under the policy around it. */
export function useFieldPolicy(field: Field | undefined): FieldAccess {
  const policy = useContext(ControlPolicyContext);
  const key = field === undefined ? undefined : keyOfField(field);
  if (key === undefined) return 'free';
  if (policy.hidden.includes(key)) return 'hidden';
  return policy.locked.includes(key) ? 'locked' : 'free';
}

/**
 * The attribute on a control's outermost element naming the setting it sets, so a page can
 * find it before React runs (src/site/embed/embedOptions.ts hides and locks early with it).
 */
export const SETTING_ATTRIBUTE = 'data-setting';

/** `{ 'data-setting': key }` for a control of `field`, or nothing when it has no one key. */
export function settingAttribute(field: Field | undefined): Record<string, string> {
  const key = field === undefined ? undefined : keyOfField(field);
  return key === undefined ? {} : { [SETTING_ATTRIBUTE]: key };
}

/** The note under a locked control. */
export const LOCKED_NOTE = 'Fixed for this exercise.';
