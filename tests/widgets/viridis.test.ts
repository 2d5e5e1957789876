import { interpolateViridis as d3Viridis } from 'd3';
import { expect, it } from 'vitest';
import { interpolateViridis } from '../../src/widgets/kit/plot/viridis';

it('the kit viridis is d3-scale-chromatic\'s, colour for colour, clamped outside [0, 1]', () => {
  for (let k = -8; k <= 1032; k++) expect(interpolateViridis(k / 1024)).toBe(d3Viridis(k / 1024));
  expect(interpolateViridis(0)).toBe('#440154');
  expect(interpolateViridis(1)).toBe('#fde725');
});
