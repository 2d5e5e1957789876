import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/site/renderPage';
import { sampleChapters } from './fixtures/sampleChapters';

// The first render loads every island's module (every widget): slow on a busy machine.
describe('server render of a fixture chapter', { timeout: 30_000 }, () => {
  it('renders a fixture chapter with title, KaTeX, a table and the in-page contents', async () => {
    const page = await renderPage('/sample-chapter/', sampleChapters);
    expect(page.status).toBe(200);
    expect(page.title).toBe('Sample chapter · Descent');
    expect(page.html).toContain('<h1>Sample chapter</h1>');
    expect(page.html).toContain('class="katex"');
    expect(page.html).toContain('class="katex-display"');
    expect(page.html).toMatch(/<table>[\s\S]*<th>a<\/th>/);
    expect(page.html).toMatch(/<nav class="page-contents"[\s\S]*href="#first-section"[\s\S]*href="#a-subsection"/);
    expect(page.html).toContain('<h2 id="first-section">');
    expect(page.html).toContain('class="heading-anchor" href="#first-section"');
    expect(page.html).toContain('class="callout callout-note"');
    expect(page.html).toContain('Half of one is 0.5.'); // in the markup, hidden until revealed
    // islands, with their props written into the page for the client
    expect(page.html).toContain('data-island="Answer"');
    expect(page.html).toMatch(/data-island-props="\{&quot;check&quot;:&quot;number&quot;,&quot;value&quot;:0.5,&quot;tolerance&quot;:0.001\}"/);
    expect(page.islands).toEqual(expect.arrayContaining(['ThemeToggle', 'Answer', 'Hint']));
  });

});

// The real book, through the server entry the prerender uses. Imported lazily so a chapter
// that does not compile fails these tests only, with the compiler's message.
describe('server entry (the real chapters/)', () => {
  it('renders the linear-regression chapter', async () => {
    const { render } = await import('../../src/site/entry-server');
    const page = await render('/linear-regression/');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Linear regression</h1>');
    expect(page.html).toContain('class="katex"');
    expect(page.html).toContain('class="page-contents"');
  }, 30_000); // the first import compiles the server entry and a chapter: slow on a busy machine

  it('renders the home page contents and a 404', async () => {
    const { render } = await import('../../src/site/entry-server');
    const home = await render('/');
    expect(home.html).toContain('href="/linear-regression/"');
    expect(home.html).toContain('Linear regression');
    const missing = await render('/404.html');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Page not found');
  }, 30_000); // the first import compiles the server entry and a chapter: slow on a busy machine
});
