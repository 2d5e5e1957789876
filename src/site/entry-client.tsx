// The reader's stylesheet: KaTeX's CSS (math is already HTML; its JS never ships) then ours.
import 'katex/dist/katex.min.css';
import './styles/index.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { chapters } from './chapters';
import { loadPage, resolveRoute } from './routes';

const container = document.getElementById('root');
if (!container) throw new Error('Descent: the page has no <div id="root">');

// The chapter's chunk is already preloaded by the prerendered page (<link rel="modulepreload">),
// so this await costs a microtask, and the first client render matches the server's.
const page = await loadPage(resolveRoute(window.location.pathname, chapters));
const app = <App page={page} chapters={chapters} />;

// A prerendered page already holds the markup: attach to it. `npm run dev` serves the bare
// template (only a placeholder comment inside #root), so render from scratch there.
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
