// @vitest-environment happy-dom
// useNearViewport: false until the observed element comes within the margin of the viewport,
// then true for good (the observer is let go); true at once where there is no observer.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { useNearViewport } from '../../src/widgets/kit/hooks/useNearViewport';

class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void, readonly options: { rootMargin?: string }) {
    FakeObserver.last = this;
  }
  observe(element: Element) { this.observed.push(element); }
  disconnect() { this.disconnected = true; }
}

function Probe() {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return <div ref={ref} data-testid="probe">{near ? 'near' : 'far'}</div>;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

it('waits for the element to come near, then stays true and stops observing', () => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const { getByTestId } = render(<Probe />);
  const watch = FakeObserver.last;
  expect(watch?.observed).toEqual([getByTestId('probe')]);
  expect(watch?.options.rootMargin).toBe('50% 0px');
  act(() => watch?.callback([{ isIntersecting: false }]));
  expect(getByTestId('probe').textContent).toBe('far');
  act(() => watch?.callback([{ isIntersecting: true }]));
  expect(getByTestId('probe').textContent).toBe('near');
  expect(watch?.disconnected).toBe(true);
  // scrolled away again: still true, and no new observer
  expect(FakeObserver.last).toBe(watch);
});

it('is true at once without IntersectionObserver', () => {
  vi.stubGlobal('IntersectionObserver', undefined);
  const { getByTestId } = render(<Probe />);
  expect(getByTestId('probe').textContent).toBe('near');
});
