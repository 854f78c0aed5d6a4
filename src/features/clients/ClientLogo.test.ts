import { describe, expect, it } from 'vitest';
import { initialsOf } from './ClientLogo';

describe('initialsOf', () => {
  it.each([
    ['Acme Web Portal', 'AW'],
    ['billing-service', 'BS'],
    ['acme', 'A'],
    ['  ', '?'],
    [undefined, '?'],
    ['客户 门户', '客门'],
    ['<img src=x> app', 'IS'],
  ])('%s → %s', (name, initials) => expect(initialsOf(name)).toBe(initials));
});
