// No DOM here: the explorer must prerender (state at its defaults, no grid yet, no KaTeX script).
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SurfaceExplorerWidget } from '../../../src/widgets/surfaces/SurfaceExplorerWidget';

describe('surface explorer on the server', () => {
  it('renders the readout, the verdict and the controls without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(<SurfaceExplorerWidget />);
    expect(html).toContain('id="explorer"');
    expect(html).toContain('Surface explorer');
    expect(html).toContain('Probe at <span data-testid="explorer-probe">(x, y) = (−2.5, 2)</span>');
    expect(html).toContain('Not a critical point');
    expect(html).toContain('Jump to the minimum at (0, 0)');
    expect(html).toContain('Condition number');
    expect(html).toContain('class="katex"'); // typeset at build time: in the prerendered page, no KaTeX JavaScript
  });
});
