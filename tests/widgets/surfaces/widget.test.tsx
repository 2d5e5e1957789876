// @vitest-environment happy-dom
// The explorer in a DOM: it hydrates its own server HTML without a mismatch, its buttons and
// picker drive the readout, and the 3-D view turns with the keyboard and a drag.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { SurfaceMesh3D } from '../../../src/widgets/kit/plot/SurfaceMesh3D';
import { SurfaceExplorerWidget } from '../../../src/widgets/surfaces/SurfaceExplorerWidget';

vi.hoisted(() => {
  // KaTeX (loaded lazily by the formula) warns without standards mode, which happy-dom lacks.
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const verdict = () => screen.getByTestId('explorer-verdict').textContent ?? '';

describe('surface explorer', () => {
  it('hydrates without a mismatch, then applies the link', async () => {
    window.history.replaceState(null, '', '/?explorer.surface=saddle&explorer.x=0&explorer.y=0');
    const { container } = await prerenderAndHydrate(<SurfaceExplorerWidget />);
    expect(container.querySelector('[data-testid="explorer-verdict"]')?.textContent).toMatch(/Critical point: a saddle/);
    container.remove();
  });

  it('the jump buttons put the probe on each critical point and the verdict follows', async () => {
    render(<SurfaceExplorerWidget />);
    expect(verdict()).toMatch(/Not a critical point/);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to the minimum at (0, 0)' }));
    expect(verdict()).toMatch(/Critical point: a minimum/);
    expect(screen.getByRole('button', { name: 'Jump to the minimum at (0, 0)' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.change(screen.getByLabelText('Surface'), { target: { value: 'himmelblau' } });
    expect(screen.getByTestId('explorer-probe').textContent).toBe('(x, y) = (0, 0)'); // Himmelblau's start
    fireEvent.click(screen.getByRole('button', { name: /Jump to the maximum at/ }));
    expect(verdict()).toMatch(/Critical point: a maximum/);
    expect(screen.queryByLabelText('Condition number')).toBeNull(); // quadratic only
  });

  it('a probe outside the window is moved in, with a message', async () => {
    window.history.replaceState(null, '', '/?explorer.surface=rosenbrock&explorer.x=7&explorer.y=2');
    await act(async () => {
      render(<SurfaceExplorerWidget />);
    });
    expect(screen.getByTestId('explorer-probe').textContent).toBe('(x, y) = (2, 2)');
    expect(screen.getAllByRole('status')[0].textContent).toMatch(/The probe \(7, 2\) is outside the Rosenbrock valley window/);
  });
});

describe('SurfaceMesh3D', () => {
  const grid = { values: Float64Array.from({ length: 9 }, (_, k) => k), nx: 3, ny: 3, x: [-1, 1] as const, y: [-1, 1] as const };

  it('arrow keys turn and tilt (Shift: three times as far), tilt stays in [0°, 90°], turn wraps', () => {
    const onRotate = vi.fn();
    render(<SurfaceMesh3D grid={grid} levels={[2, 4, 6]} yaw={358} pitch={85} onRotate={onRotate} label="test surface" />);
    const view = screen.getByRole('group', { name: /test surface, turned 358°, tilted 85°/ });
    fireEvent.keyDown(view, { key: 'ArrowRight' });
    expect(onRotate).toHaveBeenLastCalledWith(3, 85);
    fireEvent.keyDown(view, { key: 'ArrowUp', shiftKey: true });
    expect(onRotate).toHaveBeenLastCalledWith(358, 90);
    fireEvent.keyDown(view, { key: 'ArrowDown', shiftKey: true });
    expect(onRotate).toHaveBeenLastCalledWith(358, 70);
    fireEvent.keyDown(view, { key: 'a' });
    expect(onRotate).toHaveBeenCalledTimes(3);
  });

  it('a drag turns by half a degree per pixel, measured from where it started', () => {
    const onRotate = vi.fn();
    const { container } = render(<SurfaceMesh3D grid={grid} levels={[2, 4, 6]} yaw={10} pitch={30} onRotate={onRotate} label="s" />);
    const canvas = container.querySelector('canvas');
    if (!canvas) throw new Error('no canvas');
    fireEvent.pointerDown(canvas, { pointerId: 1, button: 0, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: 140, clientY: 80 });
    expect(onRotate).toHaveBeenLastCalledWith(30, 20);
    fireEvent.pointerUp(canvas, { pointerId: 1, clientX: 140, clientY: 80 });
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: 300, clientY: 80 });
    expect(onRotate).toHaveBeenCalledTimes(1); // released: moves no longer turn
  });
});

// The formula is the one place a link's state meets raw HTML (TypesetFormula): the surface name
// from `explorer.surface` picks a build-time KaTeX string. A name that is not a surface, markup,
// or a key every object has, must reach neither the lookup nor the page.
describe('surface explorer with a hostile link', () => {
  it.each(['<img src=x onerror=alert(1)>', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])(
    'explorer.surface=%j shows the default surface, its own formula, and the value only as text',
    async (value) => {
      window.history.replaceState(null, '', `/?explorer.surface=${encodeURIComponent(value)}`);
      const { container } = await prerenderAndHydrate(<SurfaceExplorerWidget />);
      expect(container.querySelector<HTMLSelectElement>('#explorer select')?.value).toBe('quadratic');
      expect(container.querySelector('.katex')?.textContent).toContain('diag');
      expect(container.querySelector('img, script, [onerror]')).toBeNull();
      if (value !== '') expect(container.textContent).toContain(`surface = "${value}" is not one of`);
    },
  );
});
