import { book } from '../book';
import type { Chapter } from '../chapterTypes';
import { embedPath } from '../embed/embeds';
import { CAPTION_LIMIT } from '../embed/embedOptions';
import { HOST_SNIPPET } from '../embed/hostSnippet';
import { OEMBED_WIDTH } from '../embed/oembed';
import type { TeachersWidget } from '../routes';
import { siteUrl } from '../sitePath';
import { elementHtml, ELEMENT_SCRIPT_PATH } from '../../widgets/state/elementHtml';
import { PLATFORMS } from './platforms';
import { WidgetEntry } from './WidgetEntry';

interface TeachersPageProps {
  widgets: readonly TeachersWidget[];
}

/** The widgets in the order of the book: by chapter, then as the chapter shows them. */
function byChapter(widgets: readonly TeachersWidget[]): { chapter: Chapter | null; widgets: TeachersWidget[] }[] {
  const groups = new Map<Chapter | null, TeachersWidget[]>();
  for (const w of widgets) groups.set(w.chapter, [...(groups.get(w.chapter) ?? []), w]);
  return [...groups.entries()].sort(([a], [b]) => (a?.order ?? Infinity) - (b?.order ?? Infinity)).map(([chapter, list]) => ({ chapter, widgets: list }));
}

/**
 * "For teachers": how to put any widget in a course page, which platforms take which way, the
 * options a link takes, and every widget with its settings (generated from the schemas).
 */
export function TeachersPage({ widgets }: TeachersPageProps) {
  const question = 'Which optimizer reaches the minimum first?';
  const example = `${siteUrl(embedPath('optimizer-race'))}?race.nesterov=1&caption=${encodeURIComponent(question)}&lock=surface&hide=steps&theme=light`;
  const elementExample = elementHtml({
    script: siteUrl(ELEMENT_SCRIPT_PATH),
    name: 'optimizer-race',
    settings: [['nesterov', '1'], ['caption', question], ['lock', 'surface'], ['hide', 'steps'], ['theme', 'light']],
  });
  return (
    <div className="chapter teachers">
      <header className="chapter-header">
        <h1>For teachers</h1>
        <p className="chapter-summary">Every widget in {book.title} can go into your own course pages, set up the way your lesson needs it.</p>
      </header>
      <article className="prose">
        <h2 id="how">Three ways in</h2>
        <p>
          Each widget has a page of its own, with nothing around it but a small link back to its chapter. Every widget in the book has an <strong>Embed</strong> button beside
          Share. It gives the HTML for a frame of that page with the settings on screen, to paste into your course page. Pasting the page’s link also works on platforms that
          read oEmbed: they find the frame themselves, at the widget’s defaults. Where your page may run scripts, the widget can also go in without a frame, as an element
          (<a href="#element">below</a>). Below, each widget’s frame is ready to copy.
        </p>
        <div className="teachers-scroll" role="region" aria-label="Which platforms take which" tabIndex={0}>
          <table>
            <caption>Which platforms take which</caption>
            <thead>
              <tr>
                <th scope="col">Platform</th>
                <th scope="col">Paste the iframe</th>
                <th scope="col">Paste the link</th>
                <th scope="col">The element</th>
              </tr>
            </thead>
            <tbody>
              {PLATFORMS.map((p) => (
                <tr key={p.name}>
                  <th scope="row">{p.name}</th>
                  <td>{p.iframe ?? 'No'}</td>
                  <td>{p.link ?? 'A plain link'}</td>
                  <td>{p.element ?? 'No: scripts are removed'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>Platforms change their rules, and your site’s administrator has the last word on what it allows.</p>

        <h2 id="options">Setting a widget up</h2>
        <p>An embed page reads its settings from its link. Besides each widget’s own settings (listed with it below), every embed page takes these:</p>
        <div className="teachers-scroll" role="region" aria-label="Options of every embed page" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">Does</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>
                  <code>caption</code>
                </td>
                <td>A sentence above the widget: a question, a task. Plain text, up to {CAPTION_LIMIT} characters.</td>
              </tr>
              <tr>
                <td>
                  <code>hide</code>
                </td>
                <td>Settings whose controls are not shown, by key, separated by commas. They keep the value the link gives, or their default.</td>
              </tr>
              <tr>
                <td>
                  <code>lock</code>
                </td>
                <td>Settings shown but fixed, for an exercise or a test: their controls are disabled and nothing in the widget changes them.</td>
              </tr>
              <tr>
                <td>
                  <code>theme</code>
                </td>
                <td>
                  <code>light</code>, <code>dark</code>, or <code>auto</code> (the reader’s system setting, also the default).
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <p>
          Keys in <code>hide</code> and <code>lock</code> are written without the widget’s prefix: <code>steps</code>, not <code>race.steps</code>. A key the widget does not
          have is reported in the widget, with the keys it has. For example, the optimizer race with Nesterov on, a question above it, the surface fixed and no Steps slider:
        </p>
        <pre className="teachers-snippet">
          <code>{example}</code>
        </pre>
        <p>The easiest way to get a link is to set the widget up in the book and press Embed: then add a caption, hide or lock to its link.</p>

        <h2 id="height">Fitting the frame’s height</h2>
        <p>
          A widget’s height depends on its settings and on the width it gets. Each embed page tells the page around it how tall it is whenever that changes. Add this once to a
          page with Descent frames, and each frame fits its widget with no scroll bar:
        </p>
        <pre className="teachers-snippet">
          <code>{HOST_SNIPPET}</code>
        </pre>
        <p>
          Without it, a frame keeps the height it was given. The heights below are each widget’s at {OEMBED_WIDTH} pixels wide; a narrower column makes most widgets taller.
          WordPress fits frames it embeds from a pasted link by itself.
        </p>

        <h2 id="links">Pasting a link (oEmbed)</h2>
        <p>
          Each embed page names a small file that describes its frame (oEmbed). The file is written when the book is built, so a pasted link shows the widget at its defaults,
          whatever settings the link carries. For a widget with other settings, paste the iframe from the widget’s Embed button instead.
        </p>

        <h2 id="element">The widget itself, in a page that runs scripts</h2>
        <p>
          On your own site, or any page that keeps scripts, load Descent’s module once and write a <code>&lt;descent-widget&gt;</code> element wherever a widget should be. Its{' '}
          <code>name</code> is the name in the widget’s embed page address. Its settings are attributes: the keys listed with each widget below, without the prefix, with a
          hyphen before each capital (<code>startX</code> is <code>start-x</code>). The options above are attributes too. The same race as above:
        </p>
        <pre className="teachers-snippet">
          <code>{elementExample}</code>
        </pre>
        <p>
          The widget is drawn in its own part of the page, so your page’s styles do not change it and its styles do not leak out. Changing an attribute from a script
          changes the widget at once. An attribute the widget does not understand is reported inside the element, with the ones it takes. The module adds one stylesheet to
          your page’s head, for the book’s fonts, and defines the element; nothing else. Several widgets on a page share one background worker. A page whose security policy
          forbids workers still gets every result, computed in the page.
        </p>

        <h2 id="widgets">Every widget</h2>
        <p>Grouped by chapter. The settings are read from each widget’s own definition, so they are always those of the book you are reading.</p>
        {byChapter(widgets).map(({ chapter, widgets: list }) => (
          <section key={chapter?.slug ?? 'none'} aria-labelledby={`chapter-${chapter?.slug ?? 'none'}`}>
            <h3 id={`chapter-${chapter?.slug ?? 'none'}`} className="teachers-chapter">
              {chapter ? `Chapter ${chapter.order}: ${chapter.title}` : 'Not in a chapter yet'}
            </h3>
            {list.map((w) => (
              <WidgetEntry key={w.embed.slug} widget={w} />
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}
