// @vitest-environment happy-dom
// useSustained: on only after the flag has stayed on for the delay, off at once.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useSustained } from '../../src/widgets/kit/hooks/useSustained';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('turns on only after the flag has been on for the whole delay', () => {
  const { result, rerender } = renderHook(({ flag }) => useSustained(flag, 250), { initialProps: { flag: true } });
  expect(result.current).toBe(false);
  act(() => vi.advanceTimersByTime(249));
  expect(result.current).toBe(false);
  act(() => vi.advanceTimersByTime(1));
  expect(result.current).toBe(true);
  // off at once, with no wait
  rerender({ flag: false });
  expect(result.current).toBe(false);
});

it('never turns on while the flag flips faster than the delay (a drag: stale, fresh, stale …)', () => {
  const { result, rerender } = renderHook(({ flag }) => useSustained(flag, 250), { initialProps: { flag: false } });
  for (let i = 0; i < 40; i++) {
    rerender({ flag: i % 2 === 0 });
    act(() => vi.advanceTimersByTime(30));
    expect(result.current).toBe(false);
  }
  // then a long wait for a result: on
  rerender({ flag: true });
  act(() => vi.advanceTimersByTime(250));
  expect(result.current).toBe(true);
});
