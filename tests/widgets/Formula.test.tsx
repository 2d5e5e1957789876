// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Formula, renderTex } from '../../src/widgets/kit/layout/Formula';

// KaTeX warns at import time unless document.compatMode says standards mode, which happy-dom
// does not implement; real pages have a doctype.
vi.hoisted(() => {
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });
});

afterEach(cleanup);

describe('Formula', () => {
  it('renders KaTeX markup with MathML for screen readers', () => {
    const { container } = render(<Formula tex={String.raw`w \leftarrow w - \alpha \nabla f(w)`} />);
    expect(container.querySelector('span.katex')).not.toBeNull();
    expect(container.querySelector('math')).not.toBeNull();
    expect(container.querySelector('annotation')?.textContent).toBe(String.raw`w \leftarrow w - \alpha \nabla f(w)`);
  });

  it('renders display math in a block', () => {
    const { container } = render(<Formula tex={String.raw`\frac{a}{b}`} display />);
    expect(container.querySelector('div > .katex-display')).not.toBeNull();
  });

  it('shows a TeX error in place instead of throwing', () => {
    expect(renderTex(String.raw`\frac{a}{`)).toContain('katex-error');
  });

  it('refuses anything but a string', () => {
    expect(() => renderTex(42 as unknown as string)).toThrow(TypeError);
  });

  it('does not honour \\href (trust is off)', () => {
    // Untrusted \href renders as red error text: the source is echoed (escaped), no link is made.
    const html = renderTex(String.raw`\href{javascript:alert(1)}{x}`);
    expect(html).not.toMatch(/<a\b|href=/);
  });
});
