/**
 * <SourceListing file="core/models/polynomial.ts" region="lasso" title="Coordinate descent for L1" />:
 * a few lines of the book's own code (src/…), cut from its source at build time, with a caption naming the
 * file and lines. A static MDX component (see OptimizerUpdate): a missing file or region stops
 * the build.
 */
import { useId } from 'react';
import { islandComponents } from '../islands/islandComponents';
import { CodeListing } from './CodeListing';
import { sourceListing } from './sourceListings';

export interface SourceListingProps {
  /** A path under src: core/…, worker/tasks/…, or a widget's model file. */
  file: string;
  /** The `// listing: <region>` to show. */
  region: string;
  /** What the lines do, for the caption: "Inverted dropout". */
  title: string;
}

const { ScrollBox } = islandComponents;

export function SourceListing({ file, region, title }: SourceListingProps) {
  const captionId = useId();
  const listing = sourceListing(file, region);
  const lines = `lines ${listing.firstLine}–${listing.lastLine}`;
  return (
    <figure className="optimizer-update" aria-labelledby={captionId}>
      <ScrollBox className="optimizer-update-code" label={`${title}: code, ${listing.path}, ${lines}`}>
        <CodeListing lines={listing.lines} />
      </ScrollBox>
      <figcaption id={captionId} className="optimizer-update-caption">
        {title} (<code>{listing.path}</code>, <span className="optimizer-update-lines">{lines}</span>)
      </figcaption>
    </figure>
  );
}
