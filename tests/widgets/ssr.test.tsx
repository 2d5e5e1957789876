// No DOM here (Node environment): the kit must render on the server for prerendering, touching
// neither window nor document during render.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Everything } from './everything';

describe('server rendering', () => {
  it('renders the whole kit without a DOM, at the default width', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(<Everything />);
    expect(html).toContain('width="560"');
    expect(html).toContain('Diverged at step 2: loss became Infinity.');
    expect(html).toContain('class="katex"');
    expect(html).toContain('data-divergence="2"');
  });
});
