/**
 * A teacher's options for an embed page, from its query (next to the widget's own state keys):
 *   ?caption=Try%20a%20rate%20above%200.5   a sentence above the widget (plain text, ≤ 300 characters)
 *   ?hide=lr,steps                          those settings' controls are not shown
 *   ?lock=kappa                             shown, but fixed at the link's value
 *   ?theme=light|dark|auto                  read by public/theme-init.js before first paint
 * Keys are the widget's state keys without its prefix; unknown ones are reported in the widget.
 */
import { type ControlPolicy, NO_POLICY, parseKeyList, SETTING_ATTRIBUTE } from '../../widgets/state/controlPolicy';

export const CAPTION_LIMIT = 300;

export interface EmbedOptions {
  readonly caption: string | null;
  readonly policy: ControlPolicy;
}

export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const caption = (params.get('caption') ?? '').trim().slice(0, CAPTION_LIMIT);
  const hidden = parseKeyList(params.get('hide'));
  const locked = parseKeyList(params.get('lock'));
  return { caption: caption === '' ? null : caption, policy: hidden.length + locked.length === 0 ? NO_POLICY : { hidden, locked } };
}

/** Shows the caption, as text (never markup: it comes from a link anyone can write). */
export function showCaption(slot: HTMLElement, caption: string | null): void {
  if (caption === null) return;
  slot.textContent = caption;
  slot.hidden = false;
}

/**
 * Before the widget hydrates (it must first match the prerendered page, which shows every
 * control), the controls the teacher hid are hidden and the locked ones disabled, so a reader
 * never sees either for a moment. The hydrated widget then leaves the hidden ones out and
 * disables the locked ones itself. Styles through the CSSOM: a strict policy allows that.
 */
export function applyPolicyEarly(root: ParentNode, policy: ControlPolicy): void {
  const controls = (key: string) => root.querySelectorAll<HTMLElement>(`[${SETTING_ATTRIBUTE}="${CSS.escape(key)}"]`);
  for (const key of policy.hidden) for (const control of controls(key)) control.style.display = 'none';
  for (const key of policy.locked)
    for (const control of controls(key)) for (const input of control.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) input.disabled = true;
}
