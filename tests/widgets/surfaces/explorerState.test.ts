/** The explorer's state: its link format round-trips, bad links are repaired, the probe is kept inside each window. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSurface, SURFACE_NAMES, type SurfaceName } from '../../../src/core';
import { decode, encode } from '../../../src/widgets/state/codec';
import { roundSignificant } from '../../../src/widgets/state/numbers';
import { fromQuery, toQuery } from '../../../src/widgets/state/query';
import { defaultState } from '../../../src/widgets/state/schema';
import { type ExplorerState, explorerSchema, PROBE_LIMIT } from '../../../src/widgets/surfaces/explorerSchema';
import { clampProbe, probeWindow } from '../../../src/widgets/surfaces/probe';
import { makeSurface } from '../../../src/widgets/surfaces/surfaceCatalog';

const canonical = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((v) => roundSignificant(v));
const state: fc.Arbitrary<ExplorerState> = fc.record({
  surface: fc.constantFrom(...(SURFACE_NAMES as readonly SurfaceName[])),
  kappa: canonical(1, 100),
  rotation: canonical(0, 180),
  view: fc.constantFrom('contour' as const, '3d' as const),
  field: fc.boolean(),
  yaw: canonical(0, 360),
  pitch: canonical(0, 90),
  x: canonical(-PROBE_LIMIT, PROBE_LIMIT),
  y: canonical(-PROBE_LIMIT, PROBE_LIMIT),
});

describe('explorer schema', () => {
  it('the default is the quadratic bowl, contour map, probe at its starting point', () => {
    const s = defaultState(explorerSchema);
    expect(s).toMatchObject({ surface: 'quadratic', view: 'contour', field: false });
    const bowl = makeSurface(s);
    expect([s.x, s.y]).toEqual([...bowl.start]);
  });

  it('every state survives a link: decode(encode(s)) = s, with no complaints', () => {
    fc.assert(
      fc.property(state, (s) => {
        const back = decode(explorerSchema, encode(explorerSchema, s));
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(s);
        const params = new URLSearchParams(toQuery('explorer.', explorerSchema, s));
        expect(fromQuery('explorer.', explorerSchema, params).state).toEqual(s);
      }),
    );
  });

  it('a link names its fields under the widget’s id', () => {
    const q = toQuery('explorer.', explorerSchema, { ...defaultState(explorerSchema), surface: 'beale', x: 3, y: 0.5 });
    expect(q).toContain('explorer.surface=beale');
    expect(q).toContain('explorer.x=3');
    expect(q).toContain('explorer.y=0.5');
  });

  it('bad values fall back or are clamped, each with a sentence', () => {
    const params = new URLSearchParams('explorer.surface=banana&explorer.kappa=0.5&explorer.view=4d&explorer.x=5000&explorer.pitch=nope');
    const { state: s, problems } = fromQuery('explorer.', explorerSchema, params);
    expect(s).toMatchObject({ surface: 'quadratic', kappa: 1, view: 'contour', x: PROBE_LIMIT, pitch: 35 });
    expect(problems).toHaveLength(5);
    expect(problems.join(' ')).toMatch(/banana/);
    expect(problems.join(' ')).toMatch(/5000 is above the maximum 1000/);
  });
});

describe('the probe window', () => {
  for (const name of SURFACE_NAMES as readonly SurfaceName[]) {
    it(`${name}: inside the surface’s window, with ends that survive a link’s rounding`, () => {
      const { domain } = createSurface(name);
      const w = probeWindow(domain);
      for (const axis of ['x', 'y'] as const) {
        const [lo, hi] = w[axis];
        expect(lo).toBeGreaterThanOrEqual(domain[axis][0]);
        expect(hi).toBeLessThanOrEqual(domain[axis][1]);
        // shrunk by at most a ten-thousandth of the span
        expect(lo - domain[axis][0]).toBeLessThan(1e-4 * (domain[axis][1] - domain[axis][0]));
        expect(roundSignificant(lo)).toBe(lo);
        expect(roundSignificant(hi)).toBe(hi);
      }
    });
  }

  it('the line-fit window is shrunk to 5 significant digits: −2.7571… → −2.757', () => {
    const w = probeWindow(createSurface('linregMse').domain);
    expect(w.x[0]).toBe(-2.757);
    expect(w.x[1]).toBe(3.4282);
  });

  it('a probe inside stays; outside it moves to the nearest point, with a message', () => {
    const w = probeWindow(createSurface('himmelblau').domain);
    expect(clampProbe(1, -2, w, 'Himmelblau')).toEqual({ x: 1, y: -2, moved: false, problems: [] });
    const out = clampProbe(7, -9, w, 'Himmelblau');
    expect(out).toMatchObject({ x: 5, y: -5, moved: true });
    expect(out.problems).toEqual(['The probe (7, −9) is outside the Himmelblau window (x from −5 to 5, y from −5 to 5); moved to (5, −5).']);
  });

  it('a clamped probe is canonical: setting it again changes nothing (no loop)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(SURFACE_NAMES as readonly SurfaceName[])), canonical(-PROBE_LIMIT, PROBE_LIMIT), canonical(-PROBE_LIMIT, PROBE_LIMIT), (name, x, y) => {
        const w = probeWindow(createSurface(name).domain);
        const once = clampProbe(x, y, w, name);
        const twice = clampProbe(roundSignificant(once.x), roundSignificant(once.y), w, name);
        expect(twice.moved).toBe(false);
      }),
    );
  });
});
