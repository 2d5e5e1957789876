/**
 * Runs a pointer-move's state update and renders it before the handler returns.
 *
 * Chromium dispatches pointermove at the start of a frame, just before its animation-frame
 * callbacks. React treats pointermove as a continuous event and renders its update in a later
 * task, after that frame has been painted, so a dragged point trails the pointer by one frame
 * (bench:ui measured 21–26 ms from input to the painted frame, against 6–10 ms for a slider,
 * whose `input` event React renders at once). Rendering inside the event lets this frame paint
 * it. Only for updates that render little: the drag path is kept narrow (ARCHITECTURE.md).
 */
import { flushSync } from 'react-dom';

export function renderInFrame(update: () => void): void {
  flushSync(update);
}
