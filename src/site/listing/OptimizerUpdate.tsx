/**
 * <OptimizerUpdate name="momentum" />: one core optimizer's update twice, as the formula its
 * definition carries (`formula`, typeset by KaTeX) and as the lines of its source that run it
 * (its `// listing: step` region), with a caption naming the file and lines. Both come from the
 * core itself, so the book cannot drift from the code.
 *
 * A static MDX component: it renders only in the prerender (chapters are not hydrated), so the
 * page carries KaTeX's HTML and coloured spans, never KaTeX's JavaScript or the core's source.
 * Anything wrong (an unknown name, a missing or broken region, a formula KaTeX rejects) throws,
 * which fails the build rather than printing a wrong figure. Only the two boxes that scroll
 * sideways on a phone are islands (the kit's ScrollBox, as for display math).
 */
import katex from 'katex';
import { useId } from 'react';
import { optimizers, type OptimizerName } from '../../core/optim';
import { KATEX_OPTIONS } from '../../widgets/kit/layout/texOptions';
import { islandComponents } from '../islands/islandComponents';
import { CodeListing } from './CodeListing';
import { optimizerListing, requireOptimizerName } from './optimizerListings';

export interface OptimizerUpdateProps {
  /** The core optimizer to show (src/core/optim/registry.ts). */
  name: OptimizerName;
}

const { ScrollBox } = islandComponents;

/** KaTeX's HTML for a core formula; throwOnError, so a bad formula stops the build. The TeX is
 *  the core's own constant, never a reader's text (see Formula.tsx's safety note). */
const typeset = (tex: string): string => katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: true, throwOnError: true });

export function OptimizerUpdate({ name }: OptimizerUpdateProps) {
  const captionId = useId();
  const known = requireOptimizerName('OptimizerUpdate', name);
  const { title, formula } = optimizers[known];
  const listing = optimizerListing(known);
  const lines = `lines ${listing.firstLine}–${listing.lastLine}`;
  return (
    <figure className="optimizer-update" aria-labelledby={captionId}>
      <ScrollBox label={`${title}: the update as a formula`}>
        <div dangerouslySetInnerHTML={{ __html: typeset(formula) }} />
      </ScrollBox>
      <ScrollBox className="optimizer-update-code" label={`${title}: the update as code, ${listing.path}, ${lines}`}>
        <CodeListing lines={listing.lines} />
      </ScrollBox>
      <figcaption id={captionId} className="optimizer-update-caption">
        {title}: the update as a formula, and the code that runs it (<code>{listing.path}</code>,{' '}
        <span className="optimizer-update-lines">{lines}</span>)
      </figcaption>
    </figure>
  );
}
