import type { ComponentProps } from 'react';

type HeadingProps = ComponentProps<'h2'>;

/**
 * h2/h3 with a visible "#" link to itself, so a reader can copy a stable link to a section.
 * The id comes from rehype-slug (derived from the heading text). The "#" is no Tab stop: a
 * chapter has twenty of them, and the contents list links every section already.
 */
function anchored(Tag: 'h2' | 'h3') {
  function Heading({ id, children, ...rest }: HeadingProps) {
    if (!id) return <Tag {...rest}>{children}</Tag>;
    return (
      <Tag id={id} {...rest}>
        {children}{' '}
        <a className="heading-anchor" href={`#${id}`} aria-label="Link to this section" tabIndex={-1}>
          #
        </a>
      </Tag>
    );
  }
  Heading.displayName = `Anchored${Tag.toUpperCase()}`;
  return Heading;
}

export const H2 = anchored('h2');
export const H3 = anchored('h3');
