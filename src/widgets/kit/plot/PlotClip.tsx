/** Clips its SVG children to the plot area: a diverging trajectory must not draw over the axes. */
import type { ReactNode } from 'react';
import { usePlot } from './plotContext';

export interface PlotClipProps {
  children?: ReactNode;
}

export function PlotClip({ children }: PlotClipProps) {
  const { clipId } = usePlot();
  return <g clipPath={`url(#${clipId})`}>{children}</g>;
}
