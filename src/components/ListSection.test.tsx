import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createColumnHelper, useTable } from '@tanstack/react-table';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { summarizePage } from '@/lib/pagination';
import { renderWithI18n } from '@/test/renderApp';
import { ListSection, type ListEmpty, type ListQuery } from './ListSection';
import { features, type TableFeatureSet } from './tableFeatures';

interface Fruit {
  name: string;
}
const column = createColumnHelper<TableFeatureSet, Fruit>();
const columns = column.columns([column.accessor('name', { header: () => 'Name', cell: (info) => info.getValue() })]);

const failure = new ApiError({ kind: 'http', status: 503, message: 'fruit store closed', requestId: 'req_abc' });
const noFilters: ListEmpty = { title: 'No fruit yet', filteredTitle: 'No fruit matches', filters: [] };

interface HarnessProps {
  query: Partial<ListQuery>;
  items?: Fruit[];
  empty?: ListEmpty;
  onPageChange?: (page: number) => void;
  beforeTable?: React.ReactNode;
}

function Harness({ query, items = [], empty = noFilters, onPageChange = () => {}, beforeTable }: HarnessProps) {
  const table = useTable({ features, data: items, columns });
  const summary = summarizePage({ page: 1, page_size: 2, total: 5, total_pages: 3 }, 5, items.length, { page: 1, pageSize: 2 });
  return (
    <ListSection
      query={{ data: undefined, error: null, isError: false, isPending: false, refetch: () => {}, ...query }}
      table={table}
      caption="Fruit"
      empty={empty}
      beforeTable={beforeTable}
      pagination={{ label: 'Fruit pages', summary, onPageChange, onPageSizeChange: () => {} }}
    />
  );
}

const page = { items: [{ name: 'apple' }, { name: 'pear' }] };

describe('ListSection', () => {
  it('shows only the error, with a retry, when a failed list has nothing to show', async () => {
    const refetch = vi.fn();
    await renderWithI18n(<Harness query={{ isError: true, error: failure, refetch }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('fruit store closed');
    expect(alert).toHaveTextContent('req_abc');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Fruit pages' })).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('shows loading rows, not "no match", while a new filter loads after an empty one', async () => {
    const filtered: ListEmpty = { ...noFilters, filters: ['Status: Ended'] };
    const { rerender } = await renderWithI18n(<Harness query={{ data: { items: [] }, isPlaceholderData: true }} empty={filtered} />);
    expect(screen.getByRole('table', { name: 'Fruit' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('No fruit matches')).toBeNull();
    rerender(<Harness query={{ data: { items: [] }, isPlaceholderData: false }} empty={filtered} />);
    expect(screen.getByText('No fruit matches')).toBeVisible();
    expect(screen.getByText('Status: Ended')).toBeVisible();
  });

  it('keeps the previous rows while the next page loads', async () => {
    await renderWithI18n(<Harness query={{ data: page, isPlaceholderData: true }} items={page.items} />);
    expect(screen.getByRole('cell', { name: 'apple' })).toBeVisible();
  });

  it('keeps the rows it has under the error of a failed refresh', async () => {
    await renderWithI18n(<Harness query={{ isError: true, error: failure, data: page }} items={page.items} />);
    expect(screen.getByRole('alert')).toHaveTextContent('fruit store closed');
    const table = screen.getByRole('table', { name: 'Fruit' });
    expect(within(table).getByText('apple')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Fruit pages' })).toBeInTheDocument();
  });

  it('shows skeleton rows, no empty state and no pagination while the first page loads', async () => {
    await renderWithI18n(<Harness query={{ isPending: true }} />);
    expect(screen.getByRole('table', { name: 'Fruit' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByTestId('skeleton-row').length).toBeGreaterThan(0);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Fruit pages' })).toBeNull();
  });

  it('says the list is empty, or names the filters that left nothing', async () => {
    const { unmount } = await renderWithI18n(<Harness query={{ data: { items: [] } }} />);
    expect(screen.getByRole('status')).toHaveTextContent('No fruit yet');
    unmount();

    const filtered: ListEmpty = { ...noFilters, filters: ['Colour: red', false, undefined, 'Kind: pome'], hint: <p>Try later</p> };
    await renderWithI18n(<Harness query={{ data: { items: [] } }} empty={filtered} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('No fruit matches');
    expect(within(status).getByText('Colour: red · Kind: pome')).toBeInTheDocument();
    expect(within(status).getByText('Try later')).toBeInTheDocument();
  });

  it('pages through the list once a page has come, with what goes above the table', async () => {
    const onPageChange = vi.fn();
    await renderWithI18n(
      <Harness query={{ data: page }} items={page.items} onPageChange={onPageChange} beforeTable={<p>2 selected</p>} />,
    );
    const nav = screen.getByRole('navigation', { name: 'Fruit pages' });
    expect(nav).toHaveTextContent('1–2 of 5');
    expect(nav).toHaveTextContent('Page 1 of 3');
    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
