import { embedHeight, oembedPath } from '../embed/oembed';
import { embedPath } from '../embed/embeds';
import { chapterPath, type TeachersWidget } from '../routes';
import { siteHref, siteUrl } from '../sitePath';
import { iframeHtml } from '../../widgets/state/iframeHtml';
import { parameterRows } from './parameterRows';

/**
 * One widget on the teachers' page: where it comes from, its iframe and its element at the
 * defaults, its settings (from its schema), and a live preview loaded only when opened.
 */
export function WidgetEntry({ widget }: { widget: TeachersWidget }) {
  const { embed, chapter, state: spec } = widget;
  const rows = parameterRows(spec);
  const title = `${embed.name} (Descent)`;
  const src = siteUrl(embedPath(embed.slug));
  const height = embedHeight(embed.slug);
  const id = `widget-${embed.slug}`;
  return (
    <section className="teachers-widget" aria-labelledby={id}>
      <h4 id={id}>{embed.name}</h4>
      <p>
        {chapter ? (
          <>
            From chapter {chapter.order}, <a href={siteHref(`${chapterPath(chapter.slug)}#${spec.id}`)}>{chapter.title}</a>.{' '}
          </>
        ) : null}
        Embed page: <a href={siteHref(embedPath(embed.slug))}>{src}</a> · <a href={siteHref(oembedPath(embed.slug))}>oEmbed JSON</a>
      </p>
      <pre className="teachers-snippet" aria-label={`iframe for the ${embed.name.toLowerCase()} at its defaults`}>
        <code>{iframeHtml({ src, title, height })}</code>
      </pre>
      <p>
        As an element, <a href="#element">after the module</a>:
      </p>
      <pre className="teachers-snippet" aria-label={`element for the ${embed.name.toLowerCase()} at its defaults`}>
        <code>{`<descent-widget name="${embed.slug}"></descent-widget>`}</code>
      </pre>
      <details className="teachers-details">
        <summary>
          Its {rows.length} settings (link keys start <code>{spec.id}.</code>)
        </summary>
        <div className="teachers-scroll" role="region" aria-label={`Settings of the ${embed.name.toLowerCase()}`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Link key</th>
                <th scope="col">Attribute</th>
                <th scope="col">Sets</th>
                <th scope="col">Takes</th>
                <th scope="col">Default</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>
                    <code>{row.urlKey}</code>
                  </td>
                  <td>
                    <code>{row.attribute}</code>
                  </td>
                  <td>{row.label}</td>
                  <td>{row.values}</td>
                  <td>
                    <code>{row.default}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <details className="teachers-details teachers-preview">
        <summary>Preview</summary>
        {/* Lazy, inside closed details: a frame loads only when a teacher opens it. */}
        <iframe src={siteHref(embedPath(embed.slug))} title={title} height={height} loading="lazy" />
      </details>
    </section>
  );
}
