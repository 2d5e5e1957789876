/**
 * chosenFileText: a file within the limit is read and the input cleared (so the same file can be
 * chosen again); a larger one is refused by its size with its name, unread; no file, null.
 */
import { describe, expect, it } from 'vitest';
import { chosenFileText } from '../../src/widgets/kit/interaction/chosenFile';

const inputWith = (file?: File) => ({ files: file ? [file] : [], value: 'C:\\fakepath\\x' }) as unknown as HTMLInputElement;

describe('chosenFileText', () => {
  it('reads a small file and clears the input', async () => {
    const input = inputWith(new File(['0.5,0.5,1\n'], 'mine.csv'));
    expect(await chosenFileText(input, 100)).toEqual({ ok: true, text: '0.5,0.5,1\n' });
    expect(input.value).toBe('');
  });

  it('refuses a file over the limit by its size, naming it and the limit', async () => {
    const big = new File(['x'.repeat(12_345)], 'big.csv');
    expect(await chosenFileText(inputWith(big), 8000, '160 points')).toEqual({ ok: false, problem: 'big.csv is 12,345 bytes; at most 8,000 are read (160 points).' });
    expect(await chosenFileText(inputWith(big), 8000)).toEqual({ ok: false, problem: 'big.csv is 12,345 bytes; at most 8,000 are read.' });
  });

  it('gives null when no file was chosen', async () => {
    expect(await chosenFileText(inputWith(), 10)).toBeNull();
  });
});
