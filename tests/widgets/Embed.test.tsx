// @vitest-environment happy-dom
// The Embed button beside Share: only where the site says the widget has an embed page; the
// iframe it gives carries the widget's current settings and its name, escaped for HTML, and so
// does the element it gives beside it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elementSnippet, iframeSnippet } from '../../src/widgets/state/Embed';
import { EmbedLink, type EmbedTarget } from '../../src/widgets/state/embedLink';
import { Share } from '../../src/widgets/state/Share';

afterEach(cleanup);

const target: EmbedTarget = {
  name: 'Optimizer race',
  slug: 'optimizer-race',
  script: 'https://book.example/embed/descent.js',
  url: (search) => `https://book.example/embed/optimizer-race/${search}`,
};
const shareUrl = 'https://book.example/optimizers/?race.nesterov=1&race.x=-1.1#race';

describe('iframeSnippet', () => {
  it('is the embed page with the share link’s query (not its anchor), the name as title, the height rounded up with room for the link back', () => {
    expect(iframeSnippet(target, shareUrl, 1013)).toBe(
      '<iframe src="https://book.example/embed/optimizer-race/?race.nesterov=1&amp;race.x=-1.1" title="Optimizer race (Descent)" width="100%" height="1070" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
  it('is never shorter than 200 px, and escapes what could break out of an attribute', () => {
    const odd: EmbedTarget = { ...target, name: 'A "quoted" <name>', url: () => 'https://x.example/?a="b"' };
    const html = iframeSnippet(odd, 'https://x.example/', 10);
    expect(html).toContain('height="200"');
    expect(html).toContain('src="https://x.example/?a=&quot;b&quot;"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;name> (Descent)"');
  });
});

describe('elementSnippet', () => {
  it('is the module, then the element named as the embed page with the widget’s own settings as attributes', () => {
    const link = 'https://book.example/optimizers/?race.nesterov=1&race.startX=-1.1&other.lr=3#race';
    expect(elementSnippet(target, link)).toBe(
      '<script type="module" src="https://book.example/embed/descent.js"></script>\n<descent-widget name="optimizer-race" nesterov="1" start-x="-1.1"></descent-widget>',
    );
  });
  it('escapes values, and is the bare element for the defaults', () => {
    expect(elementSnippet(target, 'https://book.example/?race.label=%22a%22%3Cb#race')).toContain('label="&quot;a&quot;&lt;b"');
    expect(elementSnippet(target, 'https://book.example/optimizers/#race')).toMatch(/<descent-widget name="optimizer-race"><\/descent-widget>$/);
  });
});

describe('the Embed button', () => {
  it('is absent where the widget has no embed page', () => {
    render(<Share getUrl={() => shareUrl} />);
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull();
  });

  it('copies the iframe, shows it selected, and hides it on a second press', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <EmbedLink.Provider value={target}>
        <Share getUrl={() => shareUrl} />
      </EmbedLink.Provider>,
    );
    const button = screen.getByRole('button', { name: 'Embed' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await act(async () => fireEvent.click(button));
    const field = screen.getByRole('textbox', { name: /an iframe/ }) as HTMLTextAreaElement;
    expect(field.value).toMatch(/^<iframe src="https:\/\/book\.example\/embed\/optimizer-race\/\?race\.nesterov=1&amp;race\.x=-1\.1"/);
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(screen.getByText('Iframe code copied')).toBeTruthy();
    const element = screen.getByRole('textbox', { name: /the descent-widget element/ }) as HTMLTextAreaElement;
    expect(element.value).toBe(elementSnippet(target, shareUrl));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await act(async () => fireEvent.click(button));
    expect(screen.queryAllByRole('textbox', { name: /HTML to embed/ })).toHaveLength(0);
  });
});
