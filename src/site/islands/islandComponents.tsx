/**
 * The islands as components a page uses like any other (<Answer check="number" …>): each one
 * renders an <Island> with its own props type. Chapters get them through the MDX component map,
 * so they use widgets without importing them (an import would put the widget in the chapter's
 * prose instead of in an island).
 */
import type { ComponentProps, ReactElement, ReactNode } from 'react';
import { Island } from './Island';
import { islands, type IslandName } from './islands';

type LoadedComponent<N extends IslandName> = Awaited<ReturnType<(typeof islands)[N]['load']>>;
export type IslandPropsOf<N extends IslandName> = ComponentProps<LoadedComponent<N>>;

export function islandComponent<N extends IslandName>(name: N): (props: IslandPropsOf<N>) => ReactElement {
  function IslandOf(props: IslandPropsOf<N>) {
    const { children, ...rest } = props as IslandPropsOf<N> & { children?: ReactNode };
    return (
      <Island name={name} props={rest}>
        {children}
      </Island>
    );
  }
  IslandOf.displayName = `Island(${name})`;
  return IslandOf;
}

export const islandComponents = Object.fromEntries(
  (Object.keys(islands) as IslandName[]).map((name) => [name, islandComponent(name)]),
) as { readonly [N in IslandName]: (props: IslandPropsOf<N>) => ReactElement };
