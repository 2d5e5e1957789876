// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from '../../src/widgets/kit/controls/Playback';
import { usePlayback } from '../../src/widgets/kit/controls/usePlayback';

function Harness({ scrub = false }: { scrub?: boolean }) {
  const playback = usePlayback({ last: 10, stepsPerSecond: 10 });
  return (
    <div>
      <Playback playback={playback} scrub={scrub} />
      <p data-testid="tween">{String(playback.tween)}</p>
    </div>
  );
}

/** matchMedia answering `reduce` for the reduced-motion query. */
function mockReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion: reduce'),
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList, // a stub with MediaQueryList's surface
  );
}

const counter = () => screen.getByText(/^Step \d+ of 10$/).textContent;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Playback', () => {
  it('has no timeline unless asked; the timeline jumps to a step and pauses a playing run', () => {
    mockReducedMotion(false);
    render(<Harness />);
    expect(screen.queryByRole('slider', { name: 'Timeline' })).toBeNull();
    cleanup();
    render(<Harness scrub />);
    const timeline = screen.getByRole('slider', { name: 'Timeline' });
    fireEvent.change(timeline, { target: { value: '7' } });
    expect(counter()).toBe('Step 7 of 10');
    expect(timeline.getAttribute('aria-valuetext')).toBe('Step 7 of 10');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(200));
    fireEvent.change(timeline, { target: { value: '4' } });
    act(() => vi.advanceTimersByTime(1000));
    expect(counter()).toBe('Step 4 of 10'); // paused where the reader put it
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('does not autoplay', () => {
    mockReducedMotion(false);
    render(<Harness />);
    act(() => vi.advanceTimersByTime(5000));
    expect(counter()).toBe('Step 0 of 10');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('plays when asked, at the chosen rate, and stops at the end', () => {
    mockReducedMotion(false);
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(300)); // 10 steps/s → 3 steps
    expect(counter()).toBe('Step 3 of 10');
    act(() => vi.advanceTimersByTime(5000));
    expect(counter()).toBe('Step 10 of 10');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy(); // paused itself
  });

  it('steps, pauses and resets', () => {
    mockReducedMotion(false);
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(counter()).toBe('Step 2 of 10');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(1000));
    expect(counter()).toBe('Step 2 of 10');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(counter()).toBe('Step 0 of 10');
  });

  it('under reduced motion: never starts by itself, and plays without tweening', () => {
    mockReducedMotion(true);
    render(<Harness />);
    expect(screen.getByRole('group', { name: 'Playback' }).hasAttribute('data-reduced-motion')).toBe(true);
    expect(screen.getByTestId('tween').textContent).toBe('false');
    act(() => vi.advanceTimersByTime(5000));
    expect(counter()).toBe('Step 0 of 10');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(200));
    expect(counter()).toBe('Step 2 of 10'); // whole steps, the reader asked for it
  });

  it('tweens when motion is fine', () => {
    mockReducedMotion(false);
    render(<Harness />);
    expect(screen.getByTestId('tween').textContent).toBe('true');
  });
});
