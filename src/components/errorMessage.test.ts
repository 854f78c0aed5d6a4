import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { i18n } from '@/i18n/i18n';
import { ensureI18n } from '@/test/renderApp';
import { errorMessage } from './errorMessage';

const problem = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
  new ApiError({ kind: 'http', shape: 'problem', status: 429, message: 'slow down, said the server', ...init });

describe('errorMessage', () => {
  it("uses the server's i18n_key with its i18n_args when the console knows the key, in the active language", async () => {
    await ensureI18n('en');
    const error = problem({ i18nKey: 'error.rate_limited', i18nArgs: { retry_after: 7 } });
    expect(errorMessage(error, i18n.t)).toBe('Too many requests. Try again in 7 s.');
    await ensureI18n('zh-CN');
    expect(errorMessage(error, i18n.t)).toContain('7');
    expect(errorMessage(error, i18n.t)).not.toBe('Too many requests. Try again in 7 s.');
    await ensureI18n('en');
  });

  it('falls back to a message for the status when the key is unknown (the server text is shown beside it)', async () => {
    await ensureI18n('en');
    const error = problem({ status: 404, i18nKey: 'error.something_new' });
    expect(errorMessage(error, i18n.t)).toBe('Not found, or not in this tenant.');
  });

  it.each([
    [new ApiError({ kind: 'network', message: 'Failed to fetch' }), 'The server could not be reached. Check your connection and the API base URL.'],
    [new ApiError({ kind: 'timeout', message: 't' }), 'The server did not answer in time.'],
    [new ApiError({ kind: 'schema', message: 's', field: 'items[3].status' }), 'The server\'s answer does not have the expected shape (field "items[3].status").'],
    [new ApiError({ kind: 'invalid-body', status: 502, message: 'html' }), 'The server (or a proxy in front of it) answered 502 with a page that is not an API answer.'],
    [new ApiError({ kind: 'invalid-body', status: 200, message: 'cut off' }), "The server's answer could not be read: it is not valid JSON (cut off or garbled). Try again."],
    [new ApiError({ kind: 'http', status: 503, message: 'down' }), 'The server failed (503). Try again; if it persists, give the request id to your operator.'],
    [new Error('boom'), 'An unexpected error occurred.'],
  ])('says what kind of failure it was: %s', async (error, expected) => {
    await ensureI18n('en');
    expect(errorMessage(error, i18n.t)).toBe(expected);
  });

  it('translates a known key without arguments in both languages', async () => {
    const error = problem({ status: 404, i18nKey: 'error.user_not_found' });
    await ensureI18n('en');
    expect(errorMessage(error, i18n.t)).toBe('User not found.');
    await ensureI18n('zh-CN');
    const chinese = errorMessage(error, i18n.t);
    await ensureI18n('en');
    expect(chinese).toMatch(/\p{Script=Han}/u);
  });
});
