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
    ['', 'clientTokens.grace.errors.required'],
    ['   ', 'clientTokens.grace.errors.required'],
    ['1.5', 'clientTokens.grace.errors.wholeNumber'],
    ['1e3', 'clientTokens.grace.errors.wholeNumber'],
    ['five', 'clientTokens.grace.errors.wholeNumber'],
    ['+5', 'clientTokens.grace.errors.wholeNumber'],
    ['-1', 'clientTokens.grace.errors.range'],
    ['86401', 'clientTokens.grace.errors.range'],
    ['99999999999999999999', 'clientTokens.grace.errors.range'],
  ])('rejects a custom "%s" with %s on the custom field', (custom, message) => {
    expect(errorOf({ choice: 'custom', custom })).toEqual([`custom: ${message}`]);
  });
});
