import { pageSearch, pageSizeSearch } from './pagingSearch';

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
