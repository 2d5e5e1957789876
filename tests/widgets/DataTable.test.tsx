// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, LineSwatch, TableName, tableCell } from '../../src/widgets/kit';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Results() {
  return (
    <DataTable caption="Final loss after 100 steps" label="Table: method, loss" data-testid="results" data-fresh>
      <thead>
        <tr>
          <th scope="col">method</th>
          <th scope="col">loss</th>
          <th scope="col">note</th>
        </tr>
      </thead>
      <tbody>
        <tr data-row="sgd">
          <th scope="row">
            <TableName swatch={<LineSwatch color="var(--dw-accent, #2563eb)" dash="4 2" />}>SGD</TableName>
          </th>
          <td>
            0.125<span className={tableCell.sub}> 0.1–0.2</span>
          </td>
          <td className={tableCell.text}>slow</td>
        </tr>
      </tbody>
    </DataTable>
  );
}

/** happy-dom lays nothing out: say how wide the box and its content are. */
function widths(scroll: number, client: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scroll);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(client);
}

describe('DataTable', () => {
  it('renders the caption, the column headers and a row, with the props on the <table>', () => {
    render(<Results />);
    const table = screen.getByRole('table', { name: 'Final loss after 100 steps' });
    expect(table.getAttribute('data-testid')).toBe('results');
    expect(table.hasAttribute('data-fresh')).toBe(true);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['method', 'loss', 'note']);
    const row = table.querySelector('tr[data-row="sgd"]')!;
    expect(screen.getByRole('rowheader').textContent).toBe('SGD');
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['0.125 0.1–0.2', 'slow']);
  });

  it('keeps the swatch out of the accessibility tree', () => {
    render(<Results />);
    const svg = screen.getByRole('rowheader').querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('4 2');
  });

  it('is no region and no Tab stop while the table fits', () => {
    widths(300, 300);
    render(<Results />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.querySelector('[tabindex]')).toBeNull();
  });

  it('becomes a named, focusable region once the table overflows', () => {
    widths(600, 300);
    render(<Results />);
    const region = screen.getByRole('region', { name: 'Table: method, loss (scrolls sideways)' });
    expect(region.tabIndex).toBe(0);
    expect(region.contains(screen.getByRole('table'))).toBe(true);
  });
});
