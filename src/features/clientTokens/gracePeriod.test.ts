import { gracePeriodFormSchema, gracePeriodSeconds, type GracePeriodForm } from './gracePeriod';

const errorOf = (values: GracePeriodForm) => {
  const result = gracePeriodFormSchema.safeParse(values);
  return result.success ? undefined : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('grace period', () => {
  it.each([
    [{ choice: 'none', custom: '' }, undefined],
    [{ choice: '300', custom: '' }, 300],
    [{ choice: '3600', custom: 'ignored' }, 3600],
    [{ choice: 'custom', custom: '0' }, 0],
    [{ choice: 'custom', custom: ' 90 ' }, 90],
    [{ choice: 'custom', custom: '86400' }, 86_400],
  ] as const)('%j is valid and sends %s', (values, seconds) => {
    expect(errorOf(values)).toBeUndefined();
    expect(gracePeriodSeconds(values)).toBe(seconds);
  });

  it.each([
    ['', 'grace.errors.required'],
    ['   ', 'grace.errors.required'],
    ['1.5', 'grace.errors.wholeNumber'],
    ['1e3', 'grace.errors.wholeNumber'],
    ['five', 'grace.errors.wholeNumber'],
    ['+5', 'grace.errors.wholeNumber'],
    ['-1', 'grace.errors.range'],
    ['86401', 'grace.errors.range'],
    ['99999999999999999999', 'grace.errors.range'],
  ])('rejects a custom "%s" with %s on the custom field', (custom, message) => {
    expect(errorOf({ choice: 'custom', custom })).toEqual([`custom: ${message}`]);
  });
});
