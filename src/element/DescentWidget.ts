/**
 * <descent-widget name="optimizer-race" kappa="10" lock="surface">, a widget of the book in
 * any page, in its own shadow root (the page's CSS stays out, the widget's stays in).
 *
 * - Settings are attributes, decoded like a link; changing one updates the widget at once.
 * - Styles: the widget's stylesheet (descent.css, beside this script) is linked inside the
 *   shadow root; its colour tokens are adopted there (hostTokens.ts). A shadow root ignores
 *   @font-face, so the fonts (descent-fonts.css) are linked once in the document's head, the
 *   one thing added to the page outside the element.
 * - Every element on a page shares one compute worker (the worker module's client); where the
 *   page forbids workers, they compute on the main thread (src/worker/client.ts).
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { embedBySlug, EMBEDS } from '../site/embed/embeds';
import { WIDGETS } from '../widgets/catalog';
import { policyCache, readAttributes } from './attributes';
import { ElementView } from './ElementView';
import { hostTokens } from './hostTokens';

/** The book's address: this script is <site>/embed/descent.js. */
// Found at run time beside this script, wherever it is served (not files of this build step).
const SITE = new URL(/* @vite-ignore */ '../', import.meta.url);
const STYLES = new URL(/* @vite-ignore */ 'descent.css', import.meta.url).href;
const FONTS = new URL(/* @vite-ignore */ 'descent-fonts.css', import.meta.url).href;
const SCRIPT = new URL(/* @vite-ignore */ 'descent.js', import.meta.url).href;

let tokenSheet: CSSStyleSheet | null = null;
function tokens(): CSSStyleSheet {
  if (!tokenSheet) {
    tokenSheet = new CSSStyleSheet();
    tokenSheet.replaceSync(hostTokens());
  }
  return tokenSheet;
}

function linkFontsOnce(doc: Document): void {
  if (doc.head.querySelector('link[data-descent-fonts]')) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = FONTS;
  link.dataset.descentFonts = '';
  doc.head.append(link);
}

export class DescentWidget extends HTMLElement {
  #root: Root | null = null;
  #observer: MutationObserver | null = null;
  #generation = 0;
  #policy = policyCache();

  connectedCallback(): void {
    linkFontsOnce(this.ownerDocument);
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [tokens()];
      const styles = this.ownerDocument.createElement('link');
      styles.rel = 'stylesheet';
      styles.href = STYLES;
      const mount = this.ownerDocument.createElement('div');
      shadow.replaceChildren(styles, mount);
      this.#root = createRoot(mount);
    }
    this.#observer ??= new MutationObserver(() => void this.#update());
    this.#observer.observe(this, { attributes: true });
    void this.#update();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    // Moved rather than removed (a framework re-parenting it): keep the widget.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#root?.unmount();
      this.#root = null;
    });
  }

  async #update(): Promise<void> {
    const generation = ++this.#generation;
    const root = this.#root;
    if (!root) return;
    const slug = this.getAttribute('name') ?? '';
    const fail = (problem: string) =>
      root.render(createElement(ElementView, { widget: null, query: '', policy: this.#policy('', ''), caption: null, problems: [problem], embedPage: SITE.href, name: '', slug, script: SCRIPT }));
    const embed = embedBySlug(slug);
    if (!embed) {
      fail(`attribute name=“${slug}” is not a widget (the names: ${EMBEDS.map((e) => e.slug).join(', ')})`);
      return;
    }
    let widget;
    try {
      widget = await WIDGETS[embed.island]();
    } catch (error) {
      // offline, or the book's files moved: say so where the widget would be
      if (generation === this.#generation) fail(`the ${embed.name.toLowerCase()} could not be loaded from ${SITE.href} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (generation !== this.#generation || this.#root !== root) return; // attributes changed meanwhile
    const attributes = new Map([...this.attributes].map((a) => [a.name, a.value]));
    const s = readAttributes(embed.name.toLowerCase(), widget.state, attributes);
    root.render(
      createElement(ElementView, {
        // A new theme remounts the widget: its canvases read their colours when they mount.
        key: `${embed.slug}:${s.theme}`,
        widget: widget.component,
        query: s.query,
        policy: this.#policy(s.hide, s.lock),
        caption: s.caption,
        problems: s.problems,
        embedPage: new URL(`embed/${embed.slug}/`, SITE).href,
        name: embed.name,
        slug: embed.slug,
        script: SCRIPT,
      }),
    );
  }
}
