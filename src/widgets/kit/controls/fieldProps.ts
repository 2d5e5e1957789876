/**
 * Controls from schema fields, so a widget writes each range and label once:
 *   <Slider {...sliderProps(schema.lr)} value={state.lr} onChange={(lr) => set({ lr })} />
 */
import type { BooleanField, EnumField, NumberField } from '../../state/schema';

export function sliderProps(field: NumberField) {
  const { label, min, max, step, log, integer, unit } = field;
  return { label, min, max, step, log, integer, unit };
}

export function selectProps<V extends string>(field: EnumField<V>) {
  return { label: field.label, options: field.values };
}

export function toggleProps(field: BooleanField) {
  return { label: field.label };
}
