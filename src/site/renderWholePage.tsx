/**
 * `npm run dev` only: the dev server sends the bare template, so the browser renders the whole
 * page itself (islands render in place, lazily). The built site never loads this module.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { chapters } from './chapters';
import { loadPage, resolveRoute } from './routes';
import { routePath } from './sitePath';

export async function renderWholePage(container: Element): Promise<void> {
  const page = await loadPage(resolveRoute(routePath(window.location.pathname), chapters));
  createRoot(container).render(<App page={page} chapters={chapters} />);
}
