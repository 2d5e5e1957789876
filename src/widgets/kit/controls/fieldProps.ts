/**
 * Controls from schema fields, so a widget writes each range and label once:
 *   <Slider {...sliderProps(schema.lr)} value={state.lr} onChange={(lr) => set({ lr })} />
 * The field itself goes along, so the control obeys a teacher's policy for its key (hidden or
 * locked: state/controlPolicy.ts).
 */
import type { BooleanField, EnumField, NumberField } from '../../state/schema';

export function sliderProps(field: NumberField) {
  const { label, min, max, step, log, integer, unit } = field;
  return { label, min, max, step, log, integer, unit, field };
}

export function selectProps<V extends string>(field: EnumField<V>) {
  return { label: field.label, options: field.values, field };
}

export function toggleProps(field: BooleanField) {
  return { label: field.label, field };
}
