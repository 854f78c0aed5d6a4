import { http } from 'msw';
import {
  findSessionToken,
  findSessionTokens,
  isFailingToken,
  revokeToken,
  revokeUserTokens,
  toTokenInfo,
  type TokenKind,
  type TokenStatus,
} from '@/mocks/db';
import { MockHttpError, invalidParameters, notFound } from './errors';
import { SESSION_API } from './paths';
import { QueryReader } from './query';
import { detailResponse, listResponse, noContent } from './responses';
import { adminRoute, pathParam, readJson } from './route';

const TOKEN_TYPES: readonly TokenKind[] = ['access', 'refresh'];
const TOKEN_STATUSES: readonly TokenStatus[] = ['active', 'revoked', 'expired'];

const tokenNotFound = () => notFound('token not found', 'error.token_not_found');

/** Tenant tokens (session service): errors are `Problem`. */
export const tokenHandlers = [
  http.get(
    `${SESSION_API}/admin/tokens`,
    adminRoute('session', ({ request, identity, now }) => {
      const query = new QueryReader(request);
      const paging = query.paging();
      const filter = {
        user_id: query.text('user_id'),
        type: query.oneOf('type', TOKEN_TYPES),
        status: query.oneOf('status', TOKEN_STATUSES),
      };
      query.done();
      const tokens = findSessionTokens(identity.tenantId, filter, now);
      return listResponse(tokens, paging, (token) => toTokenInfo(token, now));
    }),
  ),

  http.post(
    `${SESSION_API}/admin/tokens/revoke-all`,
    adminRoute('session', async ({ request, identity, now }) => {
      const body = await readJson(request);
      const userId =
        body !== null && typeof body === 'object' && !Array.isArray(body)
          ? (body as Record<string, unknown>).user_id
          : undefined;
      if (typeof userId !== 'string' || userId.trim() === '') {
        throw invalidParameters([
          { field: 'user_id', code: 'required', description: 'user_id is required', value: userId ?? null },
        ]);
      }
      return detailResponse({ revoked_count: revokeUserTokens(identity.tenantId, userId, now) });
    }),
  ),

  http.get(
    `${SESSION_API}/admin/tokens/:id`,
    adminRoute('session', ({ params, identity, now }) => {
      const token = findSessionToken(identity.tenantId, pathParam(params, 'id'));
      if (!token) throw tokenNotFound();
      return detailResponse(toTokenInfo(token, now));
    }),
  ),

  http.delete(
    `${SESSION_API}/admin/tokens/:id`,
    adminRoute('session', ({ params, identity, now }) => {
      const token = findSessionToken(identity.tenantId, pathParam(params, 'id'));
      if (!token) throw tokenNotFound();
      if (isFailingToken(token.id)) {
        throw new MockHttpError('internal', 'token store unavailable: the revocation could not be recorded');
      }
      revokeToken(token, now);
      return noContent();
    }),
  ),
];
