import { listSearch, pageChanges, pageSearch, pageSizeSearch } from './listSearch';
import { enumParam, textParam } from './searchParams';

const fruitList = listSearch({ name: textParam, kind: enumParam(['apple', 'pear']) }, { open: textParam });

describe('a list page search schema', () => {
  it('keeps valid paging, filters and view state', () => {
    expect(fruitList.schema.parse({ page: 3, page_size: 50, name: 'cox', kind: 'apple', open: 'f-1' })).toEqual({
      page: 3,
      page_size: 50,
      name: 'cox',
      kind: 'apple',
      open: 'f-1',
    });
  });

  it('leaves the defaults out: nothing given, page 1 and the default page size all read as absent', () => {
    const empty = { page: undefined, page_size: undefined, name: undefined, kind: undefined, open: undefined };
    expect(fruitList.schema.parse({})).toEqual(empty);
    const defaults = fruitList.schema.parse({ page: 1, page_size: 20 });
    expect(defaults.page).toBeUndefined();
    expect(defaults.page_size).toBeUndefined();
  });

  it('falls back to the default for every invalid value instead of failing the page', () => {
    expect(fruitList.schema.parse({ page: 0, page_size: 7, name: '  ', kind: 'plum', open: [] })).toEqual({
      page: undefined,
      page_size: undefined,
      name: undefined,
      kind: undefined,
      open: undefined,
    });
    expect(fruitList.schema.parse({ page: 2.5, page_size: 'many' })).toMatchObject({ page: undefined, page_size: undefined });
  });

  it('maps to the list request with the paging defaults filled in, the filters as parsed and no view state', () => {
    expect(fruitList.toParams(fruitList.schema.parse({}))).toEqual({ page: 1, page_size: 20, name: undefined, kind: undefined });
    const params = fruitList.toParams(fruitList.schema.parse({ page: 4, page_size: 100, kind: 'pear', open: 'f-2' }));
    expect(params).toEqual({ page: 4, page_size: 100, name: undefined, kind: 'pear' });
    expect(params).not.toHaveProperty('open');
  });

  it('serves a list with no filters: paging only', () => {
    const pagingOnly = listSearch({});
    expect(pagingOnly.toParams(pagingOnly.schema.parse({ page: 2, user: 'x' }))).toEqual({ page: 2, page_size: 20 });
  });
});

describe('paging in the URL', () => {
  it('leaves page 1 out and keeps any other page', () => {
    expect(pageSearch(1)).toEqual({ page: undefined });
    expect(pageSearch(3)).toEqual({ page: 3 });
  });

  it('goes back to page 1 on a new page size and leaves the default size out', () => {
    expect(pageSizeSearch(20)).toEqual({ page: undefined, page_size: undefined });
    expect(pageSizeSearch(50)).toEqual({ page: undefined, page_size: 50 });
  });
});

describe('pagination callbacks', () => {
  it('hand the page and page-size patches to the page', () => {
    const patches: unknown[] = [];
    const { onPageChange, onPageSizeChange } = pageChanges((patch) => patches.push(patch));
    onPageChange(1);
    onPageChange(4);
    onPageSizeChange(50);
    expect(patches).toEqual([{ page: undefined }, { page: 4 }, { page: undefined, page_size: 50 }]);
  });
});
