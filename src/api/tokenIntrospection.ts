import { apiRequest } from './client';
import { introspectionResponseSchema, type Introspection } from './schemas/tokenIntrospection';

/*
 * ASSUMED body (see ./schemas/tokenIntrospection.ts). The pasted token is a secret: it goes only in this request's
 * body. Never in a query key, a URL or storage; an ApiError carries the method and URL, never the body.
 */

/** `POST {session}/admin/tokens/introspect` with `{token}`: whether the server holds the token active, and its facts. */
export async function introspectToken(token: string, signal?: AbortSignal): Promise<Introspection> {
  const envelope = await apiRequest({
    service: 'session',
    method: 'POST',
    path: '/admin/tokens/introspect',
    body: { token },
    schema: introspectionResponseSchema,
    signal,
  });
  return envelope.data ?? { active: false };
}
