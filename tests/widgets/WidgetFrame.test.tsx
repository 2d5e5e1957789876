// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetFrame } from '../../src/widgets/kit/layout/WidgetFrame';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let broken = true;
function Fragile() {
  if (broken) throw new Error('the grid has 10 values, expected 12');
  return <p>working</p>;
}

describe('WidgetFrame', () => {
  it('is a section named by its title, with the id as anchor', () => {
    render(
      <WidgetFrame id="fit" title="Fit a line">
        <p>body</p>
      </WidgetFrame>,
    );
    const section = screen.getByRole('region', { name: 'Fit a line' });
    expect(section.id).toBe('fit');
    expect(screen.getByRole('heading', { level: 3, name: 'Fit a line' })).toBeTruthy();
  });

  it('shows a message instead of crashing when a child throws, and can retry', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    broken = true;
    render(
      <div>
        <p>rest of the chapter</p>
        <WidgetFrame id="w" title="Widget">
          <Fragile />
        </WidgetFrame>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This widget stopped working: the grid has 10 values, expected 12.');
    expect(screen.getByText('rest of the chapter')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Widget' })).toBeTruthy(); // the frame itself survives
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('working')).toBeTruthy();
  });

  it('lists problems in a status region and lets the reader dismiss them', () => {
    function WithProblems() {
      const [problems, setProblems] = useState(['m = 99 is above the maximum 10; using 10']);
      return <WidgetFrame id="p" title="P" problems={problems} onDismissProblems={() => setProblems([])} />;
    }
    render(<WithProblems />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('m = 99 is above the maximum 10; using 10');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
