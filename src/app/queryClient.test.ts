import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { MAX_RETRY_AFTER_SECONDS, retryDelay, shouldRetry } from './queryClient';

const rateLimited = (retryAfter?: number) =>
  new ApiError({ kind: 'http', message: 'Too many requests', status: 429, shape: 'problem', retryAfter });

describe('retries', () => {
  it('waits as long as a 429 asks (retry_after / Retry-After), not a fixed back-off', () => {
    expect(shouldRetry(0, rateLimited(7))).toBe(true);
    expect(retryDelay(0, rateLimited(7))).toBe(7000);
    expect(retryDelay(1, rateLimited(3))).toBe(3000);
    expect(retryDelay(0, rateLimited(MAX_RETRY_AFTER_SECONDS))).toBe(MAX_RETRY_AFTER_SECONDS * 1000);
  });

  it('does not retry a 429 that asks for a longer wait than it is worth holding the page for', () => {
    expect(shouldRetry(0, rateLimited(MAX_RETRY_AFTER_SECONDS))).toBe(true);
    expect(shouldRetry(0, rateLimited(MAX_RETRY_AFTER_SECONDS + 1))).toBe(false);
  });

  it('backs off 1 s then 2 s when nothing says how long to wait', () => {
    expect(retryDelay(0, rateLimited())).toBe(1000);
    expect(retryDelay(1, new ApiError({ kind: 'network', message: 'offline' }))).toBe(2000);
  });

  it('retries only what may pass by itself, at most twice', () => {
    expect(shouldRetry(0, new ApiError({ kind: 'http', message: 'boom', status: 502 }))).toBe(true);
    expect(shouldRetry(0, new ApiError({ kind: 'timeout', message: 'slow' }))).toBe(true);
    expect(shouldRetry(2, new ApiError({ kind: 'timeout', message: 'slow' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'http', message: 'no', status: 404 }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'schema', message: 'bad', status: 200 }))).toBe(false);
  });
});
