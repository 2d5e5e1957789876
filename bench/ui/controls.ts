/** Finds the widgets of a chapter page and the controls a reader drags in them. */
import type { Locator, Page } from '@playwright/test';
import type { ControlKind } from './types';

export const WIDGETS = 'article section[id]';
export const POINT = '[role=slider][aria-roledescription="draggable point"]';

export interface Control {
  readonly widget: string;
  readonly kind: ControlKind;
  readonly label: string;
  readonly locator: Locator;
  /** Range inputs: bounds, step (null: continuous) and value as numbers. */
  readonly range: { readonly min: number; readonly max: number; readonly step: number | null; readonly value: number } | null;
}

interface Found {
  readonly label: string;
  readonly usable: boolean;
  readonly range: Control['range'];
}

async function describe(locator: Locator, kind: ControlKind): Promise<Found> {
  const usable = (await locator.isVisible()) && (await locator.isEnabled());
  return locator.evaluate((el, k) => {
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() : undefined) ??
      (k === 'range' ? 'range' : 'point');
    if (k !== 'range' || !(el instanceof HTMLInputElement)) return { label, usable: true, range: null };
    // An absent step is 1 in HTML; 'any' is continuous.
    const step = el.step === 'any' ? null : Number(el.step || 1);
    return { label, usable: true, range: { min: Number(el.min || 0), max: Number(el.max || 100), step, value: Number(el.value) } };
  }, kind).then((found) => ({ ...found, usable }));
}

/** Every usable control, widget by widget; hidden or disabled ones are listed in `skipped`. */
export async function findControls(page: Page, pagePath: string, only: string | null, quick: boolean): Promise<{ controls: Control[]; skipped: string[] }> {
  const ids = await page.locator(WIDGETS).evaluateAll((sections) => sections.map((s) => s.id));
  const controls: Control[] = [];
  const skipped: string[] = [];
  for (const widget of ids) {
    if (only !== null && widget !== only) continue;
    const section = page.locator(`${WIDGETS}#${widget}`);
    let taken = 0;
    for (const [kind, selector] of [['range', 'input[type=range]'], ['point', POINT]] as const) {
      const all = section.locator(selector);
      const n = await all.count();
      for (let i = 0; i < n; i++) {
        if (quick && taken > 0) break; // quick: one control per widget
        const locator = all.nth(i);
        const found = await describe(locator, kind);
        const label = found.label.length > 28 ? `${found.label.slice(0, 27)}…` : found.label;
        if (!found.usable) {
          skipped.push(`${pagePath} ${widget} ${kind} "${label}": hidden or disabled`);
          continue;
        }
        controls.push({ widget, kind, label, locator, range: found.range });
        taken++;
      }
    }
  }
  return { controls, skipped };
}

/** The range's value now (the previous run moved it). */
export async function withCurrentValue(control: Control): Promise<Control> {
  if (!control.range) return control;
  const value = await control.locator.evaluate((el) => Number((el as HTMLInputElement).value));
  return { ...control, range: { ...control.range, value } };
}
