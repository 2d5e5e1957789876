// @vitest-environment happy-dom
// LazyFormula: the same fallback on the server and in the first client render (so hydration
// matches), KaTeX's markup once its chunk has loaded.
import { act, cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { LazyFormula } from '../../../src/widgets/kit/layout/LazyFormula';

vi.hoisted(() => {
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });
});

afterEach(cleanup);

it('shows the fallback first, then the typeset formula', async () => {
  const html = renderToString(<LazyFormula tex="x^2 - y^2" display fallback="the saddle" />);
  expect(html).toContain('the saddle');
  expect(html).not.toContain('katex');
  const { container } = render(<LazyFormula tex="x^2 - y^2" display fallback="the saddle" />);
  await act(async () => {
    await vi.dynamicImportSettled();
  });
  await vi.waitFor(() => expect(container.querySelector('.katex-display')).not.toBeNull());
  expect(container.textContent).not.toContain('the saddle');
});
