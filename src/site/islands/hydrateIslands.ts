/**
 * The client's side of the islands: find every island the server wrote, and hydrate each as its
 * own React root when it is due (islands.ts says when), so a chapter's prose costs no
 * JavaScript and its widgets cost nothing until a reader comes near them.
 */
import { createElement, type ComponentType, type ReactNode } from 'react';
import { hydrateRoot, type RootOptions } from 'react-dom/client';
import { ISLAND, ISLAND_ID, ISLAND_PROPS, ISLAND_SLOT } from './islandDom';
import { IslandRoot } from './IslandRoot';
import { IslandSlot } from './IslandSlot';
import { isIslandName, islands } from './islands';

/** "Near the viewport": a screen above or below it, so a widget is live before it is seen. */
export const VISIBLE_MARGIN = '100% 0px';

export interface HydrateOptions {
  /** Hydrate every island now, not when due (tests); the promise settles when all have hydrated. */
  readonly eager?: boolean;
  readonly onRecoverableError?: RootOptions['onRecoverableError'];
}

/** The island's own slot: the first one not inside an island nested in it. */
function ownSlot(element: Element): Element | undefined {
  return [...element.querySelectorAll(`[${ISLAND_SLOT}]`)].find((slot) => slot.parentElement?.closest(`[${ISLAND}]`) === element);
}

function readProps(element: Element, name: string): Record<string, unknown> {
  const json = element.getAttribute(ISLAND_PROPS);
  if (json === null) return {};
  try {
    const props: unknown = JSON.parse(json);
    if (typeof props === 'object' && props !== null && !Array.isArray(props)) return props as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new Error(`islands: the props of island ${name} are not a JSON object: ${json.slice(0, 80)}`);
}

/**
 * Every island's slot HTML, read once before any island hydrates: it is then exactly the
 * prerendered markup (built from our chapters and code only), never markup an island wrote
 * afterwards from a link's state or an attribute. See IslandSlot.tsx.
 */
function prerenderedSlots(elements: readonly Element[]): ReadonlyMap<Element, string> {
  const slots = new Map<Element, string>();
  for (const element of elements) {
    const slot = ownSlot(element);
    if (slot) slots.set(element, slot.innerHTML);
  }
  return slots;
}

async function hydrateOne(element: Element, slotHtml: string | undefined, options: HydrateOptions): Promise<void> {
  const name = element.getAttribute(ISLAND) ?? '';
  if (!isIslandName(name)) throw new Error(`islands: no island is called "${name}" (known: ${Object.keys(islands).join(', ')})`);
  const props = readProps(element, name);
  const Component = (await (islands[name].load as () => Promise<ComponentType<Record<string, unknown>>>)()) as ComponentType<Record<string, unknown>>;
  const children: ReactNode = slotHtml === undefined ? undefined : createElement(IslandSlot, { html: slotHtml });
  const tree = createElement(IslandRoot, { name, element, children: createElement(Component, props, children) });
  hydrateRoot(element, tree, {
    identifierPrefix: element.getAttribute(ISLAND_ID) ?? undefined,
    ...(options.onRecoverableError ? { onRecoverableError: options.onRecoverableError } : {}),
  });
}

const idle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
};

/** Hydrates the islands under `root`: the visible ones as they near the viewport, the rest when idle. */
export function hydrateIslands(root: ParentNode, options: HydrateOptions = {}): Promise<void> {
  const elements = [...root.querySelectorAll(`[${ISLAND}]`)];
  const slots = prerenderedSlots(elements);
  const hydrate = (element: Element): Promise<void> => hydrateOne(element, slots.get(element), options);
  const report = (element: Element) => (error: unknown) => console.error(`islands: ${element.getAttribute(ISLAND)} did not hydrate`, error);
  if (options.eager) return Promise.all(elements.map(hydrate)).then(() => undefined);

  const idleQueue: Element[] = [];
  const visible: Element[] = [];
  for (const element of elements) {
    const name = element.getAttribute(ISLAND) ?? '';
    (isIslandName(name) && islands[name].when === 'idle' ? idleQueue : visible).push(element);
  }
  const start = (element: Element): void => void hydrate(element).catch(report(element));

  if (typeof IntersectionObserver === 'undefined') visible.forEach(start);
  else {
    // The wrapper is display: contents (no box of its own), so watch its first child's box.
    const islandOf = new Map(visible.map((element) => [element.firstElementChild ?? element, element]));
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const element = islandOf.get(entry.target);
          if (!entry.isIntersecting || !element) continue;
          observer.unobserve(entry.target);
          start(element);
        }
      },
      { rootMargin: VISIBLE_MARGIN },
    );
    for (const target of islandOf.keys()) observer.observe(target);
  }
  // One small island per idle slot: many of them never make one long task.
  const drain = (): void => {
    const next = idleQueue.shift();
    if (!next) return;
    start(next);
    idle(drain);
  };
  idle(drain);
  return Promise.resolve();
}
