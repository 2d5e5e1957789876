// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optimizerNames, optimizers, type OptimizerName } from '../../src/core';
import { chaptersFromModules } from '../../src/site/chapterList';
import { hydrateIslands } from '../../src/site/islands/hydrateIslands';
import { IslandRendering, type AnyComponent } from '../../src/site/islands/Island';
import { islands, type IslandName } from '../../src/site/islands/islands';
import { createIslandRenderer } from '../../src/site/islands/serverIslands';
import { dedent } from '../../src/site/listing/extractListing';
import { optimizerListing } from '../../src/site/listing/optimizerListings';
import { OptimizerUpdate } from '../../src/site/listing/OptimizerUpdate';
import { mdxComponents } from '../../src/site/mdx/mdxComponents';
import { renderPage } from '../../src/site/renderPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

// The one island the component uses, loaded as serverIslands.ts loads every island (loading all
// of them, every widget, would take seconds), and typed loosely as there: the renderer passes an
// island whatever props the page wrote.
const scrollBox: unknown = await islands.ScrollBox.load();

/** The server's render, as renderPage does it. */
function serverHtml(name: string): string {
  const renderer = createIslandRenderer(new Map<IslandName, AnyComponent>([['ScrollBox', scrollBox as AnyComponent]]), (node) => node);
  return renderToStaticMarkup(
    <IslandRendering.Provider value={renderer}>
      <OptimizerUpdate name={name as OptimizerName} />
    </IslandRendering.Provider>,
  );
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// A line of each update that only that optimizer's step runs: a listing of the wrong lines fails.
// Typed by name, so a new optimizer fails to compile here until it has a listing.
const UPDATE_LINE: Readonly<Record<OptimizerName, string>> = {
  sgd: 'for (let i = 0; i < n; i++) w[i] -= alpha * g[i];',
  momentum: '  w[i] -= alpha * vi;',
  nesterov: '  w[i] -= alpha * (gi + beta * vi);',
  adagrad: '  w[i] -= (alpha * gi) / (Math.sqrt(G) + eps);',
  rmsprop: '  const E = rho * meanSq[i] + keep * gi * gi;',
  adadelta: '  w[i] += alpha * delta;',
  adam: '  w[i] = wi - alpha * (mi / c1 / (Math.sqrt(vi / c2) + eps) + lambda * wi);',
  adamw: '  w[i] = wi - alpha * (mi / c1 / (Math.sqrt(vi / c2) + eps) + lambda * wi);',
  newton: '  choleskySolve(a, n, g, p);',
  lbfgs: '  for (let i = 0; i < n; i++) q[i] -= a * Y[off + i];',
};

describe('every core optimizer has a listing and a formula', () => {
  it.each(optimizerNames)('%s', (name) => {
    const listing = optimizerListing(name);
    expect(listing.lines).toContain(UPDATE_LINE[name]);
    // Short enough to read beside the formula (newton and lbfgs show the solve and the recursion).
    expect(listing.lines.length).toBeGreaterThanOrEqual(3);
    expect(listing.lines.length).toBeLessThanOrEqual(22);
    // The caption's lines are the file's lines, and nothing but them is shown.
    const file = readFileSync(listing.path, 'utf8').split('\n');
    expect(file[listing.firstLine - 2].trim()).toBe('// listing: step');
    expect(file[listing.lastLine].trim()).toBe('// listing: end');
    expect(dedent(file.slice(listing.firstLine - 1, listing.lastLine))).toEqual(listing.lines);
    // The figure typesets the definition's own formula (the TeX is kept as MathML's annotation).
    const html = serverHtml(name);
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('katex-error');
    expect(html).toContain(escapeHtml(optimizers[name].formula.slice(0, 12)));
  });

  it('shows AdamW the class it runs: Adam\'s, whose loop applies the decoupled decay', () => {
    expect(optimizerListing('adamw')).toEqual(optimizerListing('adam'));
    expect(optimizerListing('adamw').path).toBe('src/core/optim/adam.ts');
  });
});

describe('<OptimizerUpdate>', () => {
  it('renders the formula typeset by KaTeX, the real loop and a caption naming file and lines', () => {
    const html = serverHtml('momentum');
    const { firstLine, lastLine } = optimizerListing('momentum');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<math'); // MathML for screen readers
    expect(html).toContain('\\beta v_t + \\nabla f(w_t)'); // KaTeX keeps the TeX as the MathML annotation
    expect(html).toContain('v[i] = vi;');
    expect(html).toContain('w[i] -= alpha * vi;');
    expect(html).toContain('<span class="listing-keyword">for</span> (<span class="listing-keyword">let</span> i = <span class="listing-number">0</span>; i &lt; n; i++) {');
    expect(html).not.toContain('listing: step'); // markers are left out
    expect(html).toContain(`(<code>src/core/optim/momentum.ts</code>, <span class="optimizer-update-lines">lines ${firstLine}–${lastLine}</span>)</figcaption>`);
    expect(html.match(/data-island="ScrollBox"/g)).toHaveLength(2);
  });

  it('names the figure by its caption', () => {
    document.body.innerHTML = serverHtml('newton');
    const figure = document.querySelector('figure');
    const caption = document.querySelector('figcaption');
    expect(figure?.getAttribute('aria-labelledby')).toBe(caption?.id);
    expect(caption?.textContent).toMatch(/^Newton's method: the update as a formula, and the code that runs it \(src\/core\/optim\/newton\.ts, lines \d+–\d+\)$/);
    expect(document.querySelector('pre code')?.textContent).toContain('choleskySolve(a, n, g, p);');
  });

  it('throws for an unknown name, naming it and the known ones', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the throw too
    expect(() => serverHtml('momentun')).toThrow('OptimizerUpdate: no optimizer is called "momentun" (known: sgd, momentum,');
  });

  it('hydrates its two scroll boxes without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = serverHtml('lbfgs');
    document.body.append(container);
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
    await act(async () => {
      await hydrateIslands(container, { eager: true, onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('[data-island-hydrated]')).toHaveLength(2);
    expect(container.querySelector('pre code')?.textContent).toContain('this.rhoHist[j] * dot');
  });
});

// The whole path a chapter takes: MDX compiled by the real pipeline, the component from the
// map (no import), the page's server render.
describe('in a chapter', { timeout: 30_000 }, () => {
  it('is in the MDX component map and renders from a chapter without an import', async () => {
    expect(mdxComponents.OptimizerUpdate).toBe(OptimizerUpdate);
    const chapters = chaptersFromModules(import.meta.glob('./listing/*.mdx', { eager: true }));
    const page = await renderPage('/listing-fixture/', chapters);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<figure class="optimizer-update"');
    expect(page.html).toContain('v[i] = vi;');
    expect(page.html).toContain('class="katex-display"');
    expect(page.islands).toContain('ScrollBox');
  });
});
