/**
 * A widget's settings as a teacher reads them, generated from its schema, so the teachers' page
 * cannot go stale: the link key, the element's attribute, what it sets, the values it takes, and
 * its default as a link writes it.
 */
import { encodeValue } from '../../widgets/state/codec';
import { formatCompact } from '../../widgets/state/numbers';
import { attributeName } from '../../widgets/state/query';
import type { Field, Schema } from '../../widgets/state/schema';
import type { StateSpec } from '../../widgets/state/useWidgetState';

export interface ParameterRow {
  /** As in a link: `race.kappa`. */
  readonly urlKey: string;
  /** As given to ?hide= and ?lock=: `kappa`. */
  readonly key: string;
  /** As a <descent-widget> attribute: `kappa`, `start-x` for startX. */
  readonly attribute: string;
  readonly label: string;
  readonly values: string;
  readonly default: string;
}

const n = formatCompact;

export function valuesOf(field: Field): string {
  switch (field.kind) {
    case 'number': {
      const kind = field.integer ? 'whole number' : 'number';
      const scale = field.log ? ', log scale' : '';
      const unit = field.unit ? ` (${field.unit})` : '';
      return `${kind} from ${n(field.min)} to ${n(field.max)}${unit}${scale}`;
    }
    case 'enum':
      return `one of ${field.values.join(', ')}`;
    case 'boolean':
      return '1 (on) or 0 (off)';
    case 'seed':
      return 'whole number from 0 to 4294967295 (a random seed: the same seed, the same run)';
    case 'points':
      return `up to ${field.maxCount} points x,y;x,y;… with x in [${n(field.x[0])}, ${n(field.x[1])}] and y in [${n(field.y[0])}, ${n(field.y[1])}]`;
    case 'numbers':
      return `${field.minCount} to ${field.maxCount} ${field.integer ? 'whole numbers' : 'numbers'} a,b,… from ${n(field.min)} to ${n(field.max)}`;
    case 'text':
      return `text of up to ${field.maxLength} characters`;
  }
}

export function parameterRows(spec: StateSpec<Schema>): ParameterRow[] {
  return Object.entries(spec.schema).map(([key, field]) => ({
    urlKey: `${spec.id}.${key}`,
    key,
    attribute: attributeName(key),
    label: field.label ?? 'Seed',
    values: valuesOf(field),
    default: encodeValue(field, field.default),
  }));
}
