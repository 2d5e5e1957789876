/**
 * Where a chapter (or the layout) places an island. On the server it renders the island as a
 * React root of its own, inside an element that tells the client what to hydrate there; the
 * island's children become static HTML. Without a server renderer (`npm run dev` renders the
 * whole page in the browser) it simply renders the component, loaded lazily.
 */
import { createContext, isValidElement, lazy, Suspense, useContext, type ComponentType, type ReactNode } from 'react';
import { ISLAND, ISLAND_ID, ISLAND_PROPS, NO_BOX } from './islandDom';
import { IslandRoot } from './IslandRoot';
import { IslandSlot } from './IslandSlot';
import { islands, type IslandName } from './islands';

export type AnyComponent = ComponentType<Record<string, unknown>>;

/** What the server provides while it renders a page (renderPage.tsx). */
export interface IslandRenderer {
  /** Every island's component, loaded before the render starts (rendering is synchronous). */
  readonly components: ReadonlyMap<IslandName, AnyComponent>;
  /** The island names this page used, in order of first use. */
  readonly used: Set<IslandName>;
  /** A fresh identifierPrefix, in render order. */
  nextId(): string;
  /** Renders an island's root to HTML with React ids under `prefix`, inside the page's contexts. */
  renderRoot(node: ReactNode, prefix: string): string;
  /** Renders children to static HTML, inside the page's contexts (nested islands render too). */
  renderStatic(node: ReactNode): string;
}

export const IslandRendering = createContext<IslandRenderer | null>(null);

function serializableProps(name: string, props: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function' || isValidElement(value)) {
      throw new Error(`Island ${name}: prop "${key}" is a ${typeof value === 'function' ? 'function' : 'React element'}, which cannot be written into the page`);
    }
  }
  return Object.keys(props).length === 0 ? undefined : JSON.stringify(props);
}

const lazyComponents = new Map<IslandName, AnyComponent>();
function lazyComponent(name: IslandName): AnyComponent {
  let component = lazyComponents.get(name);
  if (!component) {
    const load = islands[name].load as () => Promise<AnyComponent>;
    component = lazy(() => load().then((c) => ({ default: c })));
    lazyComponents.set(name, component);
  }
  return component;
}

export interface IslandProps {
  readonly name: IslandName;
  /** JSON-serializable: they are written into the page for the client to hydrate with. */
  readonly props: Record<string, unknown>;
  readonly children?: ReactNode;
}

export function Island({ name, props, children }: IslandProps) {
  const renderer = useContext(IslandRendering);
  if (!renderer) {
    const Lazy = lazyComponent(name);
    return (
      <Suspense fallback={null}>
        <Lazy {...props}>{children}</Lazy>
      </Suspense>
    );
  }
  const Component = renderer.components.get(name);
  if (!Component) throw new Error(`Island ${name}: its component was not loaded before the render`);
  renderer.used.add(name);
  const id = renderer.nextId();
  const json = serializableProps(name, props);
  const hasChildren = children !== undefined && children !== null && children !== false;
  const slot = hasChildren ? <IslandSlot html={renderer.renderStatic(children)} /> : undefined;
  const html = renderer.renderRoot(
    <IslandRoot name={name} element={null}>
      <Component {...props}>{slot}</Component>
    </IslandRoot>,
    id,
  );
  const attributes = { [ISLAND]: name, [ISLAND_ID]: id, ...(json === undefined ? {} : { [ISLAND_PROPS]: json }) };
  return <div {...attributes} style={NO_BOX} dangerouslySetInnerHTML={{ __html: html }} />;
}
