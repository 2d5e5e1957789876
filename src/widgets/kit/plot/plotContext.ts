/**
 * What every layer inside a PlotFrame needs: the scales from data to SVG pixels and the plot
 * area. d3 computes these in PlotFrame; layers read them here and React draws.
 */
import type { ScaleContinuousNumeric } from 'd3';
import { createContext, useContext } from 'react';
import type { Interval } from '../../state/schema';

/** A continuous numeric d3 scale (linear or log) from data to pixels. */
export type PlotScale = ScaleContinuousNumeric<number, number>;

/** The inner plot area in SVG pixels (the axes sit outside it). */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlotContextValue {
  /** Data x → SVG x (pixels from the SVG's left edge). */
  x: PlotScale;
  /** Data y → SVG y (pixels from the top: larger y is higher up). */
  y: PlotScale;
  xDomain: Interval;
  yDomain: Interval;
  /** Whole SVG size. */
  width: number;
  height: number;
  inner: PlotArea;
  /** id of a clipPath covering the inner area (use PlotClip). */
  clipId: string;
}

export const PlotContext = createContext<PlotContextValue | null>(null);

/** The enclosing PlotFrame's scales; throws outside one (a layer cannot draw without them). */
export function usePlot(): PlotContextValue {
  const plot = useContext(PlotContext);
  if (!plot) throw new Error('usePlot: this layer must be inside a <PlotFrame>');
  return plot;
}
