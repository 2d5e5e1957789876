// @vitest-environment happy-dom
// The explorer in a DOM: it hydrates its own server HTML, then applies the link; the β slider
// changes the regimes named; a press on the phase diagram at a computed point sets α and β;
// the marker takes arrow keys; "Use α*, β*" critically damps both directions.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { MomentumExplorerWidget } from '../../../src/widgets/momentum/MomentumExplorerWidget';
import { ALPHA_RANGE, BETA_RANGE } from '../../../src/widgets/momentum/momentumSchema';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

describe('momentum explorer', () => {
  it('prerenders with the defaults, hydrates cleanly, then applies the link', async () => {
    window.history.replaceState(null, '', '/?momentum.kappa=25&momentum.lr=0.2&momentum.beta=0.9');
    const { html, container } = await prerenderAndHydrate(<MomentumExplorerWidget />);
    // the server knows no link: κ = 25, α = 0.1, β = 0.9, both directions underdamped
    expect(html).toMatch(/data-testid="momentum-regime-slow"[^>]*>underdamped</);
    expect(html).toMatch(/data-testid="momentum-regime-fast"[^>]*>underdamped</);
    expect(html).toContain('shrinks by 0.949 per step');
    const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent;
    // α = 0.2: α·λmax = 5 > 2(1 + 0.9) = 3.8
    expect(byTestId('momentum-regime-fast')).toBe('diverging');
    expect(byTestId('momentum-divergence')).toMatch(/along the fast direction: α·λmax = 5 > 2\(1 \+ β\) = 3.8/);
    container.remove();
  });

  it('moving the β slider changes the regimes named', () => {
    render(<MomentumExplorerWidget />);
    expect(text('momentum-regime-slow')).toBe('underdamped');
    // β = 0 at α = 0.1: gradient descent; along y the factor is 1 − 2.5 = −1.5, along x 0.9
    fireEvent.change(screen.getByLabelText('Momentum β'), { target: { value: '0' } });
    expect(text('momentum-regime-slow')).toBe('overdamped');
    expect(text('momentum-regime-fast')).toBe('diverging');
    // β = 0.3, fast: αλ = 2.5 < 2(1 + 0.3) = 2.6 converges; half the trace (1.3 − 2.5)/2 = −0.6 and
    // 0.6² = 0.36 > β = 0.3, so two real roots, −0.6 ∓ √0.06: the larger, −0.845, is negative
    fireEvent.change(screen.getByLabelText('Momentum β'), { target: { value: '0.3' } });
    expect(text('momentum-regime-fast')).toBe('overdamped, zig-zag');
  });

  it('a press on the phase diagram sets α and β there', () => {
    const { container } = render(<MomentumExplorerWidget />);
    const layer = [...container.querySelectorAll('rect')].find((r) => r.getAttribute('style')?.includes('crosshair'));
    if (!layer) throw new Error('no click layer on the phase diagram');
    const svg = layer.ownerSVGElement;
    if (!svg) throw new Error('click layer outside an svg');
    // Lay the SVG out at its own size at the page's corner, as a browser would.
    const width = Number(svg.getAttribute('width')), height = Number(svg.getAttribute('height'));
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width, height, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) } as DOMRect);
    const [x0, y0, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(layer.getAttribute(k)));
    // Aim at α = 0.0111 and β = 0.67: α along the log axis, β along the linear one.
    const [lo, hi] = ALPHA_RANGE;
    const clientX = x0 + (w * Math.log(0.0111 / lo)) / Math.log(hi / lo);
    const clientY = y0 + h * (1 - (0.67 - BETA_RANGE[0]) / (BETA_RANGE[1] - BETA_RANGE[0]));
    fireEvent.pointerDown(layer, { pointerId: 1, button: 0, clientX, clientY, pointerType: 'mouse' });
    const marker = screen.getByTestId('momentum-phase-marker');
    expect(marker.getAttribute('aria-valuetext')).toBe('α = 0.0111, β = 0.67');
    expect(screen.getByLabelText<HTMLInputElement>('Momentum β').value).toBe('0.67');
    // slow: critical β = (1 − √0.0111)² = 0.800 > 0.67, so below the curve: overdamped
    expect(text('momentum-regime-slow')).toBe('overdamped');
  });

  it('the marker takes arrow keys: ↑ adds 0.01 to β, Shift+→ multiplies α by 10^(1/5)', () => {
    render(<MomentumExplorerWidget />);
    const marker = screen.getByTestId('momentum-phase-marker');
    fireEvent.keyDown(marker, { key: 'ArrowUp' });
    expect(marker.getAttribute('aria-valuetext')).toBe('α = 0.1, β = 0.91');
    fireEvent.keyDown(marker, { key: 'ArrowRight', shiftKey: true });
    expect(marker.getAttribute('aria-valuetext')).toBe('α = 0.158, β = 0.91'); // 0.1 · 10^0.2 = 0.1585
  });

  it('"Use α*, β*" sets Polyak’s values and both directions read critically damped', () => {
    render(<MomentumExplorerWidget />);
    fireEvent.click(screen.getByRole('button', { name: 'Use α*, β*' }));
    expect(text('momentum-regime-slow')).toBe('critically damped');
    expect(text('momentum-regime-fast')).toBe('critically damped, zig-zag');
    expect(screen.getByTestId('momentum-phase-marker').getAttribute('aria-valuetext')).toBe('α = 0.111, β = 0.444');
    expect(screen.getByRole('button', { name: 'Use α*, β*' })).toHaveProperty('disabled', true);
  });
});
