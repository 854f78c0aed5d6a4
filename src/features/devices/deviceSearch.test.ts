import { deviceSearchSchema, toDeviceListParams, toStatusCountParams } from './deviceSearch';

describe('device search params', () => {
  it('keeps valid filters, paging and the open session', () => {
    const search = deviceSearchSchema.parse({
      page: 3,
      page_size: 50,
      status: 'pending',
      client_id: 'acme-cli',
      session: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    });
    expect(search).toEqual({
      page: 3,
      page_size: 50,
      status: 'pending',
      client_id: 'acme-cli',
      session: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    });
  });

  it('drops invalid values instead of failing the page', () => {
    expect(deviceSearchSchema.parse({ page: 0, page_size: 7, status: 'approved', client_id: '  ' })).toEqual({
      page: undefined,
      page_size: undefined,
      status: undefined,
      client_id: undefined,
      session: undefined,
    });
  });

  it('reads a numeric-looking client id as text', () => {
    expect(deviceSearchSchema.parse({ client_id: 42 }).client_id).toBe('42');
  });
});

describe('filter-to-query mapping', () => {
  it('sends the contract parameters with paging defaults', () => {
    expect(toDeviceListParams(deviceSearchSchema.parse({}))).toEqual({
      page: 1,
      page_size: 20,
      status: undefined,
      client_id: undefined,
    });
  });

  it('sends status and client_id, and never the open session', () => {
    const params = toDeviceListParams(
      deviceSearchSchema.parse({ page: 2, page_size: 10, status: 'denied', client_id: 'acme-smart-tv', session: 'X' }),
    );
    expect(params).toEqual({ page: 2, page_size: 10, status: 'denied', client_id: 'acme-smart-tv' });
    expect(params).not.toHaveProperty('session');
  });

  it('counts a status with a one-item page under the same client filter, whatever the page and status shown', () => {
    const search = deviceSearchSchema.parse({ page: 4, status: 'denied', client_id: 'acme-cli' });
    expect(toStatusCountParams(search, 'pending')).toEqual({ page: 1, page_size: 1, status: 'pending', client_id: 'acme-cli' });
  });
});
