/**
 * Theme colours as CSS values for inline styles on SVG (presentation attributes cannot hold
 * var()). Each reads the widget root's --dw-* variable (layout/WidgetFrame.module.css), then the
 * host's --descent-*, then a literal, so a layer drawn outside a WidgetFrame still has colour.
 */
export const color = {
  fg: 'var(--dw-fg, var(--descent-fg, #1a1a1a))',
  bg: 'var(--dw-bg, var(--descent-bg, #ffffff))',
  muted: 'var(--dw-muted, var(--descent-muted, #5b6472))',
  accent: 'var(--dw-accent, var(--descent-accent, #2563eb))',
  accent2: 'var(--dw-accent-2, var(--descent-accent-2, #d97706))',
  danger: 'var(--dw-danger, var(--descent-danger, #b42318))',
  surface: 'var(--dw-surface, var(--descent-surface, #f4f5f7))',
  border: 'var(--dw-border, var(--descent-border, #c9ced6))',
} as const;

/** Colours for data groups (classes of a data set): the two accents first, then Tableau 10. */
export const groupColors: readonly string[] = [
  color.accent,
  color.accent2,
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#af7aa1',
  '#9c755f',
  '#bab0ac',
];
