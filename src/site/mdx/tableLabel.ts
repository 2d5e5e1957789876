import { Children, isValidElement } from 'react';
import type { ReactNode } from 'react';

// The accessible name of a chapter table's scroll box: "Table: weights N, grid points", from
// its header cells, so the page's table regions are distinguishable (axe: landmark-unique).

interface ElementProps {
  children?: ReactNode;
  'aria-hidden'?: boolean | 'true' | 'false';
}

/** The text a reader hears in `node`: strings, minus KaTeX's aria-hidden copy and TeX source. */
function spokenText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (!isValidElement<ElementProps>(node)) return Array.isArray(node) ? node.map(spokenText).join('') : '';
  const hidden = node.props['aria-hidden'] === true || node.props['aria-hidden'] === 'true';
  if (hidden || node.type === 'annotation') return '';
  return Children.toArray(node.props.children).map(spokenText).join('');
}

/** Elements of `type` anywhere under `node`, in document order. */
function findAll(node: ReactNode, type: string): ReactNode[] {
  return Children.toArray(node).flatMap((child) => {
    if (!isValidElement<ElementProps>(child)) return [];
    return child.type === type ? [child] : findAll(child.props.children, type);
  });
}

export function tableLabel(children: ReactNode): string {
  const headers = findAll(children, 'th').map((th) => spokenText(th).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return headers.length > 0 ? `Table: ${headers.join(', ')}` : 'Table';
}
