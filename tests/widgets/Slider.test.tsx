// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { selectProps, sliderProps } from '../../src/widgets/kit/controls/fieldProps';
import { Select } from '../../src/widgets/kit/controls/Select';
import { Slider } from '../../src/widgets/kit/controls/Slider';
import { Toggle } from '../../src/widgets/kit/controls/Toggle';
import { sampleSchema } from './sampleSchema';

afterEach(cleanup);

describe('Slider', () => {
  it('is a labelled range input with its value shown and spoken', () => {
    const { container } = render(<Slider label="Steps" value={250} min={1} max={1000} integer unit="steps" onChange={() => {}} />);
    const input = screen.getByRole('slider', { name: 'Steps' }) as HTMLInputElement;
    expect(input.type).toBe('range');
    expect(input.getAttribute('aria-valuetext')).toBe('250 steps');
    // Visible beside the label, hidden from screen readers (the input already speaks it).
    const output = container.querySelector('output');
    expect(output?.textContent).toBe('250 steps');
    expect(output?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('log: the input moves in positions and reports values', () => {
    const onChange = vi.fn<(v: number) => void>();
    render(<Slider label="Learning rate" value={0.001} min={1e-4} max={10} log onChange={onChange} />);
    const input = screen.getByRole('slider', { name: 'Learning rate' }) as HTMLInputElement;
    expect(input.min).toBe('0');
    expect(input.max).toBe('1000');
    expect(input.value).toBe('200'); // 1e-3 is one decade of five above 1e-4
    fireEvent.change(input, { target: { value: '1000' } });
    expect(onChange).toHaveBeenLastCalledWith(10);
    fireEvent.change(input, { target: { value: '500' } });
    expect(onChange).toHaveBeenLastCalledWith(0.03162);
  });

  it('log and whole numbers: one position that rounds back to the same number still moves it one unit', () => {
    const onChange = vi.fn<(v: number) => void>();
    render(<Slider label="Batch size" value={32} min={1} max={200} log integer onChange={onChange} />);
    const input = screen.getByRole('slider', { name: 'Batch size' }) as HTMLInputElement;
    const at = Number(input.value);
    fireEvent.change(input, { target: { value: String(at + 1) } }); // an arrow key: 32.2 → 32
    expect(onChange).toHaveBeenLastCalledWith(33);
    fireEvent.change(input, { target: { value: String(at - 1) } });
    expect(onChange).toHaveBeenLastCalledWith(31);
    fireEvent.change(input, { target: { value: '1000' } }); // a jump still lands where it points
    expect(onChange).toHaveBeenLastCalledWith(200);
  });

  it('linear values come back without float noise', () => {
    const onChange = vi.fn<(v: number) => void>();
    render(<Slider label="b" value={0} min={-1} max={1} step={0.1} onChange={onChange} />);
    fireEvent.change(screen.getByRole('slider', { name: 'b' }), { target: { value: '0.30000000000000004' } });
    expect(onChange).toHaveBeenLastCalledWith(0.3);
  });
});

describe('Select and Toggle', () => {
  it('Select passes only listed values', () => {
    const onChange = vi.fn<(v: 'sgd' | 'adam') => void>();
    render(<Select label="Optimizer" value="sgd" options={['sgd', { value: 'adam', label: 'Adam' }]} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Optimizer' }), { target: { value: 'adam' } });
    expect(onChange).toHaveBeenLastCalledWith('adam');
    expect(screen.getByRole('option', { name: 'Adam' })).toBeTruthy();
  });

  it('controls take their ranges and labels from schema fields, enum types intact', () => {
    const opt = selectProps(sampleSchema.opt);
    expectTypeOf(opt.options).toEqualTypeOf<readonly ('sgd' | 'momentum' | 'adam')[]>();
    const onChange = vi.fn<(v: 'sgd' | 'momentum' | 'adam') => void>();
    render(
      <>
        <Select {...opt} value="momentum" onChange={onChange} />
        <Slider {...sliderProps(sampleSchema.lr)} value={0.01} onChange={() => {}} />
      </>,
    );
    expect(screen.getByRole('combobox', { name: 'Optimizer' })).toBeTruthy();
    expect((screen.getByRole('slider', { name: 'Learning rate' }) as HTMLInputElement).max).toBe('1000'); // log field → positions
  });

  it('Toggle is a labelled switch', () => {
    const onChange = vi.fn<(v: boolean) => void>();
    render(<Toggle label="Show grid" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Show grid' }));
    expect(onChange).toHaveBeenLastCalledWith(true);
  });
});
