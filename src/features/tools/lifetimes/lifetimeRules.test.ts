import { DEFAULT_TOKEN_CONFIG } from '@/mocks/db/tokenConfig';
import {
  bestUnit,
  changeRequest,
  lifetimeChanges,
  lifetimeIssues,
  offeredFields,
  serverChanges,
  toLifetimeValues,
  type LifetimeValues,
} from './lifetimeRules';

const config = { ...DEFAULT_TOKEN_CONFIG };
const offered = offeredFields(config);
const withValues = (patch: Partial<LifetimeValues>): LifetimeValues => ({ ...toLifetimeValues(config), ...patch });
const issues = (patch: Partial<LifetimeValues>) => lifetimeIssues(withValues(patch), offered).map((i) => `${i.path}: ${i.message.split('.').pop()}`);

describe('lifetime values', () => {
  it('shows each duration in the largest unit that holds it exactly', () => {
    expect([bestUnit(3600), bestUnit(1_209_600), bestUnit(600), bestUnit(90), bestUnit(30), bestUnit(0)]).toEqual([
      'hours',
      'days',
      'minutes',
      'seconds',
      'seconds',
      'seconds',
    ]);
    expect(toLifetimeValues(config)).toMatchObject({
      access_token_ttl: { amount: '1', unit: 'hours' },
      refresh_token_ttl: { amount: '14', unit: 'days' },
      device_code_ttl: { amount: '10', unit: 'minutes' },
      refresh_token_reuse_window: { amount: '30', unit: 'seconds' },
      max_sessions_per_user: '10',
      refresh_token_rotation: true,
    });
  });

  it('offers only the fields the server sent', () => {
    expect(offeredFields({ access_token_ttl: 60, refresh_token_rotation: false })).toEqual(['access_token_ttl', 'refresh_token_rotation']);
  });
});

describe('lifetime rules', () => {
  it('accepts the defaults', () => {
    expect(issues({})).toEqual([]);
  });

  it('wants whole positive numbers within bounds', () => {
    expect(issues({ access_token_ttl: { amount: '', unit: 'hours' } })).toEqual(['access_token_ttl.amount: required']);
    expect(issues({ access_token_ttl: { amount: '1.5', unit: 'hours' } })).toEqual(['access_token_ttl.amount: whole']);
    expect(issues({ access_token_ttl: { amount: '-1', unit: 'hours' } })).toEqual(['access_token_ttl.amount: whole']);
    expect(issues({ access_token_ttl: { amount: '0', unit: 'hours' } })).toEqual(['access_token_ttl.amount: positive']);
    expect(issues({ access_token_ttl: { amount: '2', unit: 'days' } })).toEqual(['access_token_ttl.amount: max']);
    expect(issues({ refresh_token_ttl: { amount: '366', unit: 'days' } })).toEqual(['refresh_token_ttl.amount: max']);
    expect(issues({ max_sessions_per_user: '0' })).toEqual([]);
    expect(issues({ max_sessions_per_user: '1001' })).toEqual(['max_sessions_per_user: max']);
    expect(issues({ refresh_token_reuse_window: { amount: '0', unit: 'seconds' } })).toEqual([]);
  });

  it('keeps refresh above access, idle within the maximum, the reuse window below the refresh lifetime', () => {
    expect(issues({ refresh_token_ttl: { amount: '60', unit: 'minutes' } })).toEqual(['refresh_token_ttl.amount: refreshAboveAccess']);
    expect(issues({ session_idle_timeout: { amount: '31', unit: 'days' } })).toEqual(['session_idle_timeout.amount: idleAboveMax']);
    expect(issues({ session_idle_timeout: { amount: '30', unit: 'days' } })).toEqual([]);
    expect(issues({ refresh_token_reuse_window: { amount: '14', unit: 'days' } })).toEqual(['refresh_token_reuse_window.amount: reuseBelowRefresh']);
  });
});

describe('the diff', () => {
  it('lists what changed, old → new, and sends only that', () => {
    const values = withValues({ access_token_ttl: { amount: '30', unit: 'minutes' }, refresh_token_rotation: false });
    const changes = lifetimeChanges(config, values, offered);
    expect(changes).toEqual([
      { field: 'access_token_ttl', before: 3600, after: 1800 },
      { field: 'refresh_token_rotation', before: true, after: false },
    ]);
    expect(changeRequest(changes)).toEqual({ access_token_ttl: 1800, refresh_token_rotation: false });
  });

  it('sees no change when the same duration is written in another unit', () => {
    expect(lifetimeChanges(config, withValues({ access_token_ttl: { amount: '60', unit: 'minutes' } }), offered)).toEqual([]);
  });

  it('names the fields another admin changed', () => {
    expect(serverChanges(config, { ...config, id_token_ttl: 600 }, offered)).toEqual(['id_token_ttl']);
  });
});
