// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Challenge } from '../../src/site/teaching';
import { Answer } from '../../src/site/teaching/Answer';
import { Hint } from '../../src/site/teaching/Hint';

afterEach(cleanup);

describe('<Challenge> with <Hint> and <Answer>', () => {
  it('reveals the hint with a button', () => {
    render(
      <Challenge title="Halves">
        <p>What is one half?</p>
        <Hint>Divide one by two.</Hint>
        <Answer check="number" value={0.5} tolerance={0.01}>
          It is 0.5.
        </Answer>
      </Challenge>,
    );
    expect(screen.getByRole('group', { name: 'Challenge: Halves' })).toBeTruthy();
    const hint = screen.getByRole('button', { name: 'Show hint' });
    expect(hint.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Divide one by two.').closest('[hidden]')).not.toBeNull();
    fireEvent.click(hint);
    expect(hint.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Divide one by two.').closest('[hidden]')).toBeNull();
  });

  it('checks a typed number and announces the verdict', () => {
    render(
      <Answer check="number" value={0.5} tolerance={0.01}>
        It is 0.5.
      </Answer>,
    );
    const input = screen.getByLabelText('Your answer');
    const status = screen.getByRole('status');
    const check = screen.getByRole('button', { name: 'Check' });

    fireEvent.change(input, { target: { value: '0.7' } });
    fireEvent.click(check);
    expect(status.textContent).toBe('Not yet — try again');

    fireEvent.change(input, { target: { value: '1/2' } });
    expect(status.textContent).toBe(''); // the old verdict is cleared when the answer changes
    fireEvent.click(check);
    expect(status.textContent).toBe('Correct');
  });

  it('checks a multiple choice and shows the explanation on request', () => {
    render(
      <Answer choices={['diverges', 'converges']} correct="converges">
        The steps shrink.
      </Answer>,
    );
    const check = screen.getByRole('button', { name: 'Check' });
    fireEvent.click(check);
    expect(screen.getByRole('status').textContent).toBe('Pick an answer first');
    fireEvent.click(screen.getByLabelText('converges'));
    fireEvent.click(check);
    expect(screen.getByRole('status').textContent).toBe('Correct');

    expect(screen.getByText('The steps shrink.').closest('[hidden]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(screen.getByText('The steps shrink.').closest('[hidden]')).toBeNull();
  });
});
