import { http } from 'msw';
import { revokeUserTokens } from '@/mocks/db';
import { OAUTH_API } from './paths';
import { detailResponse } from './responses';
import { adminRoute, pathParam } from './route';

/** `DELETE {oauth}/admin/oauth/tokens/user/{user_id}`: the user's OAuth tokens (errors: `SimpleResponse`). */
export const userTokenHandlers = [
  http.delete(
    `${OAUTH_API}/admin/oauth/tokens/user/:userId`,
    adminRoute('oauth', ({ params, identity, now }) =>
      detailResponse({ revoked_count: revokeUserTokens(identity.tenantId, pathParam(params, 'userId'), now) }),
    ),
  ),
];
