// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraggablePoint } from '../../src/widgets/kit/interaction/DraggablePoint';
import { nudge } from '../../src/widgets/kit/interaction/nudge';
import { PlotFrame } from '../../src/widgets/kit/plot/PlotFrame';
import type { Vec2 } from '../../src/widgets/state/schema';

afterEach(cleanup);

/** A point on [0, 10]² with step 0.1, kept in state like a widget would. */
function Harness({ start, onChange }: { start: Vec2; onChange: (x: number, y: number) => void }) {
  const [[x, y], setP] = useState<Vec2>(start);
  return (
    <PlotFrame label="test plot" x={[0, 10]} y={[0, 10]}>
      <DraggablePoint
        x={x}
        y={y}
        step={0.1}
        label="Starting point"
        onChange={(nx, ny) => {
          onChange(nx, ny);
          setP([nx, ny]);
        }}
      />
    </PlotFrame>
  );
}

function setup(start: Vec2) {
  const onChange = vi.fn<(x: number, y: number) => void>();
  render(<Harness start={start} onChange={onChange} />);
  return { onChange, point: screen.getByRole('slider', { name: 'Starting point' }) };
}

describe('DraggablePoint keyboard', () => {
  it('is focusable and announces both coordinates', () => {
    const { point } = setup([5, 5]);
    expect(point.getAttribute('tabindex')).toBe('0');
    expect(point.getAttribute('aria-valuetext')).toBe('x = 5.00, y = 5.00');
    point.focus();
    expect(document.activeElement).toBe(point);
  });

  it('ArrowRight moves by one step, ArrowUp moves up (data y grows)', () => {
    const { point, onChange } = setup([5, 5]);
    fireEvent.keyDown(point, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith(5.1, 5);
    fireEvent.keyDown(point, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith(5.1, 5.1);
    fireEvent.keyDown(point, { key: 'ArrowLeft' });
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenLastCalledWith(5, 5);
    expect(point.getAttribute('aria-valuetext')).toBe('x = 5.00, y = 5.00');
  });

  it('Shift moves ten steps, Alt a tenth of a step', () => {
    const { point, onChange } = setup([5, 5]);
    fireEvent.keyDown(point, { key: 'ArrowRight', shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith(6, 5);
    fireEvent.keyDown(point, { key: 'ArrowDown', altKey: true });
    expect(onChange).toHaveBeenLastCalledWith(6, 4.99);
  });

  it('stops at the edge of the domain', () => {
    const { point, onChange } = setup([9.5, 0.05]);
    fireEvent.keyDown(point, { key: 'ArrowRight', shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith(10, 0.05);
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenLastCalledWith(10, 0);
    onChange.mockClear();
    fireEvent.keyDown(point, { key: 'ArrowRight' }); // already at the edge: nothing to report
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores other keys (Tab must still leave the point)', () => {
    const { point, onChange } = setup([5, 5]);
    fireEvent.keyDown(point, { key: 'Tab' });
    fireEvent.keyDown(point, { key: 'a' });
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('nudge (pure)', () => {
  const domain = { x: [-1, 1] as const, y: [-1, 1] as const };
  it('adds without float noise', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; a reader should see 0.3
    expect(nudge([0.1, 0], 'ArrowRight', {}, [0.2, 0.2], domain)).toEqual([0.3, 0]);
  });
  it('Shift and Alt together cancel out', () => {
    expect(nudge([0, 0], 'ArrowUp', { shiftKey: true, altKey: true }, [0.1, 0.1], domain)).toEqual([0, 0.1]);
  });
  it('returns null for keys that are not arrows', () => {
    expect(nudge([0, 0], 'Enter', {}, [0.1, 0.1], domain)).toBeNull();
  });
});
