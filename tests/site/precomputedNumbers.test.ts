import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateNumbersModule } from '../../scripts/vite/precomputedNumbers';

describe('precomputedNumbers plugin', () => {
  it('ships the plain-data exports of a numbers module and leaves out what JSON would change', () => {
    const file = fileURLToPath(new URL('./fixtures/sample.numbers.ts', import.meta.url));
    const exports = evaluateNumbersModule(file);
    expect(Object.keys(exports)).toEqual(['plain']); // not half (function), typed, notANumber
    expect(exports.plain).toEqual({ mse: 0.25, negativeZero: 0, rows: [{ x: 1, text: '1.0' }], ok: true });
  });
});
