import { type ComponentType, StrictMode, useMemo } from 'react';
import { type ControlPolicy, ControlPolicyContext } from '../widgets/state/controlPolicy';
import { EmbedLink, type EmbedTarget } from '../widgets/state/embedLink';
import { WidgetPageContext } from '../widgets/state/widgetPage';

export interface ElementViewProps {
  /** The widget; null while it loads or when the name is wrong. */
  readonly widget: ComponentType | null;
  /** The widget's settings as a query ("?race.kappa=10"). */
  readonly query: string;
  readonly policy: ControlPolicy;
  readonly caption: string | null;
  readonly problems: readonly string[];
  /** The widget's embed page in the book, absolute: its Share and Embed buttons link there. */
  readonly embedPage: string;
  /** The widget's name in words, for an iframe's title. */
  readonly name: string;
  /** Its element name ("optimizer-race") and the element's module, for its Embed button. */
  readonly slug: string;
  readonly script: string;
}

/**
 * What a <descent-widget> shows in its shadow root: the teacher's caption, any attribute the
 * element did not understand, and the widget, reading its settings from the attributes and
 * linking to the book's embed page instead of the course page it sits in.
 */
export function ElementView({ widget: Widget, query, policy, caption, problems, embedPage, name, slug, script }: ElementViewProps) {
  const page = useMemo(() => ({ query, url: embedPage }), [query, embedPage]);
  const target = useMemo<EmbedTarget>(() => ({ name, slug, script, url: (search) => new URL(search, embedPage).href }), [name, slug, script, embedPage]);
  return (
    <StrictMode>
      {caption !== null && <p className="descent-caption">{caption}</p>}
      {problems.length > 0 && (
        <div className="descent-element-error" role="alert">
          {problems.map((p) => (
            <p key={p}>descent-widget: {p}.</p>
          ))}
        </div>
      )}
      {Widget && (
        <EmbedLink.Provider value={target}>
          <ControlPolicyContext.Provider value={policy}>
            <WidgetPageContext.Provider value={page}>
              <Widget />
            </WidgetPageContext.Provider>
          </ControlPolicyContext.Provider>
        </EmbedLink.Provider>
      )}
    </StrictMode>
  );
}
