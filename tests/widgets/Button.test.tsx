// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../src/widgets/kit/controls/Button';

afterEach(cleanup);

describe('Button', () => {
  it('never submits a host page\'s form: it is type="button"', () => {
    const submit = vi.fn((e: Event) => e.preventDefault());
    const click = vi.fn();
    render(
      <form onSubmit={(e) => submit(e.nativeEvent)}>
        <Button onClick={click}>New seed</Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'New seed' });
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(click).toHaveBeenCalledTimes(1);
    expect(submit).not.toHaveBeenCalled();
  });

  it('a disabled button ignores clicks', () => {
    const click = vi.fn();
    render(<Button disabled onClick={click}>Step</Button>);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(click).not.toHaveBeenCalled();
  });

  it('passes aria attributes through: a pressed toggle is announced as pressed', () => {
    render(
      <>
        <Button aria-pressed>On</Button>
        <Button aria-pressed={false} aria-label="Jump to the minimum at (1, 1)">(1, 1)</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'On', pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jump to the minimum at (1, 1)', pressed: false })).toBeTruthy();
  });

  it('primary and small add classes on top of the base look, never replace it', () => {
    render(
      <>
        <Button>plain</Button>
        <Button primary small>both</Button>
      </>,
    );
    const plain = screen.getByRole('button', { name: 'plain' }).className.split(' ');
    const both = screen.getByRole('button', { name: 'both' }).className.split(' ');
    expect(plain).toHaveLength(1);
    expect(both).toHaveLength(3);
    expect(both[0]).toBe(plain[0]);
  });
});
