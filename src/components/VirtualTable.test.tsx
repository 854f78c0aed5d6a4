import { render, screen, within } from '@testing-library/react';
import { createColumnHelper, useTable } from '@tanstack/react-table';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { features, type TableFeatureSet } from './tableFeatures';
import { VirtualTable } from './VirtualTable';

interface Item {
  id: string;
}
const column = createColumnHelper<TableFeatureSet, Item>();
const columns = column.columns([column.accessor('id', { header: () => 'Id', cell: (info) => info.getValue() })]);
const items: Item[] = Array.from({ length: 500 }, (_, i) => ({ id: `item-${i + 1}` }));

function Harness() {
  const table = useTable({ features, data: items, columns });
  return <VirtualTable table={table} caption="Every item" regionLabel="Every item, scrollable" rowHeight={40} height={400} overscan={5} />;
}

describe('VirtualTable', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders only a window of 500 rows and tells assistive technology the full size', () => {
    // jsdom lays nothing out: give the scroll container the height a browser would
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'Every item' });
    expect(table).toHaveAttribute('aria-rowcount', '501');
    const region = screen.getByRole('region', { name: 'Every item, scrollable' });
    expect(region).toHaveAttribute('tabindex', '0');

    const rows = within(table).getAllByRole('row');
    // header + 10 rows in view + 5 overscan below; the spacer rows are hidden from assistive technology
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '1');
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    expect(within(table).getByText('item-1')).toBeInTheDocument();
    expect(within(table).queryByText('item-500')).not.toBeInTheDocument();
    const spacer = screen.getAllByTestId('virtual-spacer');
    expect(spacer).toHaveLength(1);
    // the bottom spacer keeps the scroll height of the rows that are not rendered
    const rendered = rows.length - 1;
    expect(spacer[0]?.querySelector('td')).toHaveStyle({ height: `${(500 - rendered) * 40}px` });
  });
});
