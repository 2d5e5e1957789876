// The reader's stylesheet: KaTeX's CSS (math is already HTML; its JS never ships) then ours.
import 'katex/dist/katex.min.css';
import './styles/index.css';
import { restoreInlineStyles } from '../widgets/kit/layout/inlineStyles';
import { applyPolicyEarly, readEmbedOptions } from './embed/embedOptions';
import { hydrateIslands } from './islands/hydrateIslands';

performance.mark('descent: entry runs'); // the benchmark's timeline (npm run bench:ui)
const container = document.getElementById('root');
if (!container) throw new Error('Descent: the page has no <div id="root">');

// Under a policy that blocks style attributes, the prerendered ones (formulas, widgets) are
// applied again, before anything hydrates.
restoreInlineStyles(container);

// An embed page (/embed/<widget>/) hides and locks the teacher's controls at once, before
// anything hydrates; then it shows their caption and reports its height to the page around it.
const embed = container.querySelector<HTMLElement>('[data-embed]');
if (embed) applyPolicyEarly(embed, readEmbedOptions(window.location.search).policy);

// A prerendered page is static HTML with islands in it: only those hydrate, each when it is
// due (src/site/islands). `npm run dev` serves the bare template instead (only a placeholder
// comment inside #root), so there the browser renders the whole page.
if (container.firstElementChild) void hydrateIslands(container);
else if (import.meta.env.DEV) void import('./renderWholePage').then(({ renderWholePage }) => renderWholePage(container));

if (embed) void import('./embed/startEmbed').then(({ startEmbed }) => startEmbed(embed));
