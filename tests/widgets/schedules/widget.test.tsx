// @vitest-environment happy-dom
// The schedules widget in a DOM: it hydrates its own server HTML (no runs yet: the server
// computes nothing), the worker's runs fill in the table, and changing a control changes the
// numbers reported. The page's client runs its tasks in process here (Node has no Worker).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prerenderAndHydrate } from '../hydrate';
import { SchedulesWidget } from '../../../src/widgets/schedules/SchedulesWidget';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const number = (id: string) => Number(text(id));
/** A run in process takes tens of milliseconds; a busy machine gets longer (waits are on states, not times). */
const SLOW = { timeout: 5000 };
const settled = () => screen.getByTestId('schedules-stats').getAttribute('data-status') === 'done';

describe('schedules widget', { timeout: 15_000 }, () => {
  it('prerenders without results, hydrates cleanly, then applies the link', async () => {
    window.history.replaceState(null, '', '/?schedules.kind=cosine&schedules.lr=0.02');
    const { html, container } = await prerenderAndHydrate(<SchedulesWidget />);
    expect(html).toContain('data-testid="schedules-spread-scheduled"');
    expect(html).toMatch(/data-testid="schedules-final-scheduled"[^>]*>…</);
    const select = container.querySelector('select');
    await waitFor(() => expect(select?.value).toBe('cosine'), SLOW);
    await waitFor(() => expect(container.querySelector('[data-testid="schedules-spread-scheduled"]')?.textContent).toMatch(/^\d/), SLOW);
  });

  it('the schedule’s last iterates are tighter; a bigger batch shrinks the constant rate’s spread', async () => {
    render(<SchedulesWidget />);
    await waitFor(() => expect(settled()).toBe(true), SLOW);
    const constant = number('schedules-spread-constant');
    const scheduled = number('schedules-spread-scheduled');
    expect(scheduled).toBeGreaterThan(0);
    expect(scheduled).toBeLessThan(constant);
    expect(text('schedules-comparison')).toMatch(/times tighter than the constant rate's/);

    fireEvent.change(screen.getByLabelText('Batch size'), { target: { value: '50' } });
    await waitFor(() => expect(number('schedules-spread-constant')).not.toBe(constant), SLOW);
    await waitFor(() => expect(settled()).toBe(true), SLOW);
    // the step noise scales like α/√B: batches of 50 instead of 4 jitter far less
    expect(number('schedules-spread-constant')).toBeLessThan(constant / 2);
  });

  it('a rate too big for single examples diverges, and the widget says why', async () => {
    window.history.replaceState(null, '', '/?schedules.lr=0.3&schedules.batch=1');
    render(<SchedulesWidget />);
    const note = await screen.findByTestId('schedules-divergence', {}, { timeout: 5000 });
    expect(note.textContent).toMatch(/diverged at step \d+/);
    expect(note.textContent).toMatch(/one example at x has the Hessian/);
    expect(text('schedules-final-constant')).toMatch(/^diverged at step \d+$/);
  });
});
