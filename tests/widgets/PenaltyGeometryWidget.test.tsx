// @vitest-environment happy-dom
// "Penalty geometry" in a DOM: it prerenders and hydrates its own server HTML (everything is
// computed on the main thread, so the server HTML already has the numbers), reads its link,
// and switching the penalty to L1 shows the exact zeros in the readouts and the descriptions.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderAndHydrate } from './hydrate';
import { PenaltyGeometryWidget } from '../../src/widgets/penalty/PenaltyGeometryWidget';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

/** The screen-reader description of the figure with this caption text. */
function description(caption: RegExp): string {
  const figure = screen.getByText(caption).closest('figure');
  const id = figure?.getAttribute('aria-describedby');
  if (!figure || !id) throw new Error(`no described figure with the caption ${caption}`);
  return document.getElementById(id)?.textContent ?? '';
}

describe('penalty geometry widget', () => {
  it('prerenders its numbers and hydrates cleanly with the link’s settings', async () => {
    window.history.replaceState(null, '', '/?penalty.kind=l1&penalty.lambda=0.015');
    const { html, container } = await prerenderAndHydrate(<PenaltyGeometryWidget />);
    expect(html).toContain('data-testid="penalty-zeros"');
    expect(container.querySelector('select')?.value).toBe('l1');
    expect(within(container).getByTestId('penalty-zeros').textContent).toBe('6 of 9 coefficients are exactly zero');
  });

  it('L2 by default: no zeros; switching to L1 zeroes w₂ and six coefficients, and the descriptions say so', () => {
    render(<PenaltyGeometryWidget />);
    expect(text('penalty-zeros')).toBe('0 of 9 coefficients are exactly zero');
    expect(text('penalty-optimum')).toBe('Penalized optimum (w₁, w₂) = (0.769, 0.431): neither weight is zero.');
    expect(description(/Contours of the data loss over two weights/)).toContain('neither weight is zero');
    expect(description(/Coefficients w₁ … w₉/)).toContain('None is exactly zero.');
    expect(screen.queryByRole('slider', { name: 'Mix γ (share of L1)' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Penalty'), { target: { value: 'l1' } });
    expect(text('penalty-zeros')).toBe('6 of 9 coefficients are exactly zero');
    expect(text('penalty-optimum')).toBe('Penalized optimum (w₁, w₂) = (0.725, 0): w₂ is exactly 0.');
    expect(text('penalty-norms')).toMatch(/^‖w‖₁ = \d\.\d+, ‖w‖₂ = \d\.\d+$/);
    const geometry = description(/Contours of the data loss over two weights/);
    expect(geometry).toContain('the penalized optimum, the dot, is at (0.725, 0): w₂ is exactly 0');
    expect(geometry).toContain('a diamond, touches the data-loss contour through the same point, at its corner on the w₁ axis');
    expect(geometry).toMatch(/w₂ becomes exactly 0 at λ = 0\.01 and both weights at λ = 0\.0247/);
    expect(description(/Coefficients w₁ … w₉/)).toMatch(/6 of 9 coefficients are exactly zero\. (w\S+, ){4}w\S+ and w\S+ are exactly zero\./);
    // a "0" is written at each zero coefficient's slot
    expect(document.querySelectorAll('[data-coefficient][data-zero]')).toHaveLength(6);
  });

  it('a bigger λ zeroes more; the elastic net shows its mix slider', () => {
    window.history.replaceState(null, '', '/?penalty.kind=l1');
    render(<PenaltyGeometryWidget />);
    const lambda = screen.getByRole('slider', { name: 'Strength λ' });
    fireEvent.change(lambda, { target: { value: '1000' } }); // the last position: λ = 1
    expect(text('penalty-zeros')).toBe('9 of 9 coefficients are exactly zero');
    expect(text('penalty-optimum')).toBe('Penalized optimum (w₁, w₂) = (0, 0): both weights are exactly 0 (the optimum is the origin).');

    fireEvent.change(screen.getByLabelText('Penalty'), { target: { value: 'elasticNet' } });
    const mix = screen.getByRole('slider', { name: 'Mix γ (share of L1)' });
    fireEvent.change(mix, { target: { value: '0' } });
    expect(text('penalty-zeros')).toBe('0 of 9 coefficients are exactly zero'); // α = 0 is L2
    expect(description(/Contours of the data loss over two weights/)).toContain('a circle');
  });
});
