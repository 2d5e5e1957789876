/** The teachers' page's settings tables, generated from the schemas. */
import { describe, expect, it } from 'vitest';
import { parameterRows, valuesOf } from '../../src/site/teachers/parameterRows';
import { stateSpec } from '../../src/widgets/state/useWidgetState';
import { sampleSchema } from '../widgets/sampleSchema';

describe('parameterRows', () => {
  it('one row per field: link key, attribute, label, the values it takes, the default as a link writes it', () => {
    const rows = parameterRows(stateSpec('fit', sampleSchema));
    expect(rows.map((r) => r.urlKey)).toEqual(['fit.m', 'fit.lr', 'fit.n', 'fit.opt', 'fit.grid', 'fit.pts', 'fit.seed', 'fit.ws', 'fit.widths', 'fit.expr']);
    expect(rows[0]).toEqual({ urlKey: 'fit.m', key: 'm', attribute: 'm', label: 'Slope', values: 'number from -10 to 10', default: '0.5' });
    expect(parameterRows(stateSpec('x', { startX: sampleSchema.m }))[0]).toMatchObject({ key: 'startX', attribute: 'start-x' });
    expect(rows[1].values).toBe('number from 0.0001 to 10, log scale');
    expect(rows[2]).toMatchObject({ values: 'whole number from 1 to 5000 (steps)', default: '100' });
    expect(rows[3]).toMatchObject({ values: 'one of sgd, momentum, adam', default: 'sgd' });
    expect(rows[4]).toMatchObject({ values: '1 (on) or 0 (off)', default: '1' });
    expect(rows[5]).toMatchObject({ values: 'up to 20 points x,y;x,y;… with x in [-5, 5] and y in [-5, 5]', default: '0,1;1,2' });
    expect(rows[6]).toMatchObject({ label: 'Seed', default: '1' });
    expect(rows[7]).toMatchObject({ values: '1 to 8 numbers a,b,… from -10 to 10', default: '1,-2.5' });
    expect(rows[8]).toMatchObject({ values: '0 to 6 whole numbers a,b,… from 1 to 32', default: '4,4' });
    expect(rows[9]).toMatchObject({ values: 'text of up to 40 characters', default: 'x*y + z' });
    expect(valuesOf(sampleSchema.seed)).toMatch(/^whole number from 0 to 4294967295/);
  });
});
