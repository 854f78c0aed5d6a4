import { COUNT_FILTERS, countsFromTotals } from './tokenCounts';

describe('countsFromTotals', () => {
  it('asks for 7 counts: the unfiltered total and each known type × status', () => {
    expect(COUNT_FILTERS).toHaveLength(7);
    expect(COUNT_FILTERS[0]).toEqual({});
    expect(new Set(COUNT_FILTERS.map((f) => `${f.type}/${f.status}`)).size).toBe(7);
  });

  it('sums rows, columns and active tokens, and counts the rest as other', () => {
    const totals = COUNT_FILTERS.map((f) => (!f.type ? 100 : f.type === 'access' ? (f.status === 'active' ? 40 : 10) : 12));
    const counts = countsFromTotals(totals);
    expect(counts.total).toBe(100);
    expect(counts.cell('access', 'active')).toBe(40);
    expect(counts.typeTotal('access')).toBe(60);
    expect(counts.typeTotal('refresh')).toBe(36);
    expect(counts.statusTotal('active')).toBe(52);
    expect(counts.active).toBe(52);
    expect(counts.activeByType).toEqual({ access: 40, refresh: 12 });
    expect(counts.other).toBe(4);
  });

  it('leaves unknown what a missing total touches, and never counts a negative other', () => {
    const missing = countsFromTotals(COUNT_FILTERS.map((f) => (f.type === 'refresh' && f.status === 'expired' ? null : 5)));
    expect(missing.cell('refresh', 'expired')).toBeNull();
    expect(missing.typeTotal('refresh')).toBeNull();
    expect(missing.statusTotal('expired')).toBeNull();
    expect(missing.typeTotal('access')).toBe(15);
    expect(missing.active).toBe(10);
    expect(missing.other).toBeNull();
    // a token created between the requests: the known cells sum past the total
    expect(countsFromTotals(COUNT_FILTERS.map((f) => (!f.type ? 5 : 1))).other).toBe(0);
  });
});
