/**
 * The scripted inputs, as a reader's hand sends them: a pointer drag at 60 Hz along a range
 * track or round a small circle for a draggable point, and an arrow key held down (auto-repeat
 * at 30 Hz). The schedule is by wall clock, so a page that blocks the input pipeline falls
 * behind, as a reader's would.
 */
import type { Page } from '@playwright/test';
import type { Control } from './controls';

export const FRAME_MS = 1000 / 60;
/** Chrome's range thumb is 16 px wide by default; its centre travels the track minus that. */
const THUMB_PX = 16;
const POINT_RADIUS_PX = 18;

/** Keyboard auto-repeat: about 30 a second at the fastest settings of common systems. */
export const KEY_REPEAT_MS = 1000 / 30;

async function atRate(count: number, send: (i: number) => Promise<void>, interval = FRAME_MS): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    await send(i);
  }
}

/** Fractions of the track to visit: one step per move when there are few steps, bouncing at the ends. */
export function trackFractions(range: NonNullable<Control['range']>, moves: number): number[] {
  const span = range.max - range.min;
  const steps = range.step !== null && range.step > 0 ? Math.round(span / range.step) : Infinity;
  const delta = steps <= 90 ? 1 / steps : 1 / 90;
  let f = span > 0 ? (range.value - range.min) / span : 0;
  let dir = f > 0.5 ? -1 : 1;
  const out: number[] = [];
  for (let i = 0; i < moves; i++) {
    if (f + dir * delta > 1 + 1e-9 || f + dir * delta < -1e-9) dir = -dir;
    f += dir * delta;
    out.push(f);
  }
  return out;
}

export async function drag(page: Page, control: Control, moves: number): Promise<void> {
  const box = await control.locator.boundingBox();
  if (!box) throw new Error(`${control.widget} ${control.label}: no box`);
  const cy = box.y + box.height / 2;
  if (control.range) {
    const xAt = (f: number): number => box.x + THUMB_PX / 2 + f * (box.width - THUMB_PX);
    const span = control.range.max - control.range.min;
    const startF = span > 0 ? (control.range.value - control.range.min) / span : 0;
    const path = trackFractions(control.range, moves);
    await page.mouse.move(xAt(startF), cy);
    await page.mouse.down();
    await atRate(path.length, (i) => page.mouse.move(xAt(path[i]), cy));
  } else {
    const cx = box.x + box.width / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    // Three turns of a small circle: every move changes the point, and it stays in the plot.
    await atRate(moves, (i) => {
      const theta = (2 * Math.PI * (i + 1)) / Math.max(1, Math.round(moves / 3));
      return page.mouse.move(cx + POINT_RADIUS_PX * Math.sin(theta), cy - POINT_RADIUS_PX * (1 - Math.cos(theta)));
    });
  }
  await page.mouse.up();
}

type Arrow = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';

/** A point moves this many presses up, then as many down: it stays clear of its plot's edges,
 *  where a press changes nothing and would be counted against the next one that does. */
const POINT_SWING = 5;

/**
 * Keys for a held-key run: a range towards its far end and back, bouncing at its ends; a point
 * up and down (some points only move vertically, e.g. the line handles at a fixed x).
 */
export function keySequence(control: Control, presses: number): Arrow[] {
  if (!control.range) return Array.from({ length: presses }, (_, i) => (Math.floor(i / POINT_SWING) % 2 === 0 ? 'ArrowUp' : 'ArrowDown'));
  const { min, max, step, value } = control.range;
  const steps = Math.max(1, Math.round((max - min) / (step ?? (max - min) / 100)));
  let at = Math.round(((value - min) / (max - min || 1)) * steps);
  let dir = at > steps / 2 ? -1 : 1;
  const out: Arrow[] = [];
  for (let i = 0; i < presses; i++) {
    if (at + dir > steps || at + dir < 0) dir = -dir;
    at += dir;
    out.push(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  return out;
}

/** A held key: repeated keydowns (auto-repeat, no keyup between them) at the repeat rate. */
export async function holdKeys(page: Page, control: Control, presses: number): Promise<void> {
  await control.locator.focus();
  const keys = keySequence(control, presses);
  let held: string | null = null;
  await atRate(keys.length, async (i) => {
    if (held !== null && held !== keys[i]) await page.keyboard.up(held);
    held = keys[i];
    await page.keyboard.down(keys[i]);
  }, KEY_REPEAT_MS);
  if (held !== null) await page.keyboard.up(held);
}
