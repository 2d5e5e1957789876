/**
 * The text of the file a reader chose in a file input, read only if it is small enough: an
 * import reads at most `maxChars`, and a file larger than that is refused by its size before
 * any of it is read, with a sentence that names it. The input is cleared, so choosing the same
 * file again (after fixing it) reads it again.
 */
import { grouped } from '../../../core/numberText';

export type ChosenFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

/** null when no file was chosen; `limitNote` adds what the limit means ("40 points"). */
export async function chosenFileText(input: HTMLInputElement, maxChars: number, limitNote = ''): Promise<ChosenFile | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > maxChars) return { ok: false, problem: `${file.name} is ${grouped(file.size)} bytes; at most ${grouped(maxChars)} are read${limitNote ? ` (${limitNote})` : ''}.` };
  return { ok: true, text: await file.text() };
}
