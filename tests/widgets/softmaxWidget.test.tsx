// @vitest-environment happy-dom
// "Softmax and cross-entropy" in a DOM: it prerenders the default's numbers and hydrates
// cleanly; a link with a true class the scores do not have is repaired with a message; a slider
// change, adding a class and the loss switch update the table, the loss and the pictures' words.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderAndHydrate } from './hydrate';
import { SoftmaxWidget } from '../../src/widgets/softmax/SoftmaxWidget';
import { softmaxTable } from '../../src/widgets/softmax/softmaxModel';
import { num, signed } from '../../src/widgets/softmax/softmaxText';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

/** The screen-reader description of the figure with this caption text. */
function description(caption: RegExp): string {
  const id = screen.getByText(caption).closest('figure')?.getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

describe('softmax widget', () => {
  it('prerenders the default’s numbers and hydrates cleanly', async () => {
    const { html } = await prerenderAndHydrate(<SoftmaxWidget />);
    const t = softmaxTable({ scores: [6.5, 2, 3.3], truth: 'cat', loss: 'softmax' });
    expect(html).toContain(`>${num(t.loss)}<`);
    expect(text('softmax-loss')).toBe('0.0506');
    expect(text('softmax-prob-0')).toBe(num(t.probs[0]));
    expect(text('softmax-grad-1')).toBe(signed(t.grads[1]));
    expect(text('softmax-grad-sum')).toBe('0.00');
    expect(description(/Probabilities p = softmax/)).toContain('cat (the true class) 0.951');
  });

  it('a link naming a class the scores lack is repaired, and said', async () => {
    window.history.replaceState(null, '', '/?softmax.scores=1,2&softmax.truth=lion');
    await prerenderAndHydrate(<SoftmaxWidget />);
    expect(screen.getByText(/truth = lion is not one of the 2 classes \(cat, dog\); using cat/)).toBeTruthy();
    expect((screen.getByLabelText('True class') as HTMLSelectElement).value).toBe('cat');
    expect(screen.getAllByRole('slider')).toHaveLength(2);
  });

  it('a score change, a new class and the SVM switch update the numbers', () => {
    render(<SoftmaxWidget />);
    fireEvent.change(screen.getByRole('slider', { name: 'Score of dog' }), { target: { value: '8' } });
    const t = softmaxTable({ scores: [6.5, 8, 3.3], truth: 'cat', loss: 'softmax' });
    expect(text('softmax-loss')).toBe(num(t.loss));
    expect(text('softmax-grad-0')).toBe(signed(t.grads[0]));

    fireEvent.click(screen.getByRole('button', { name: 'Add a class' }));
    expect(screen.getAllByRole('slider')).toHaveLength(4);
    expect(text('softmax-score-3')).toBe('0.0');

    fireEvent.change(screen.getByLabelText('Loss'), { target: { value: 'svm' } });
    const s = softmaxTable({ scores: [6.5, 8, 3.3, 0], truth: 'cat', loss: 'svm' });
    expect(text('softmax-loss')).toBe(num(s.loss)); // dog's margin 8 − 6.5 + 1 = 2.5
    expect(text('softmax-grad-0')).toBe('−1.00');
    expect(text('softmax-grad-1')).toBe('+1.00');
    expect(description(/the true class has none/)).toContain('dog 2.50');
  });
});
