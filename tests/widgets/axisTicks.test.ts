import { scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/widgets/kit/plot/Axes';

describe('axis ticks', () => {
  it('a log axis writes 0.001 … 1,000 plainly and powers of ten beyond, as the readouts do', () => {
    const labels = axisTicks(scaleLog().domain([1e-8, 1e4]).range([300, 0]), 5, 'log', false)
      .map((t) => t.label)
      .filter((l) => l !== '');
    // d3 labels every other decade here; beyond 0.001 … 1,000 they are powers of ten.
    expect(labels).toEqual(['10⁻⁸', '10⁻⁶', '10⁻⁴', '0.01', '1', '100', '10⁴']);
  });
});
