/**
 * What the prerender and the browser do to a widget, in one call: render it to HTML on the
 * "server", put that HTML in the document, and hydrate it on the "client". Fails the test if
 * React reports a mismatch (a recoverable error) or logs any console error while hydrating.
 *
 * The link (`window.location.search`) is whatever the test set before calling: the server
 * render ignores it, and the widgets apply it in an effect after hydrating.
 *
 * The root is unmounted when the test finishes, so no worker result that lands later can
 * schedule React work after the test environment (and its `window`) is gone.
 */
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, onTestFinished, vi } from 'vitest';

export interface Hydrated {
  /** The server's HTML. */
  readonly html: string;
  /** The hydrated element's container, attached to document.body; remove it when done. */
  readonly container: HTMLDivElement;
}

export async function prerenderAndHydrate(element: ReactElement): Promise<Hydrated> {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const recoverable: unknown[] = [];
  const root = await act(async () => hydrateRoot(container, element, { onRecoverableError: (e) => recoverable.push(e) }));
  onTestFinished(async () => {
    await act(async () => root.unmount());
    container.remove();
  });
  expect(recoverable.map(String)).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
  return { html, container };
}
