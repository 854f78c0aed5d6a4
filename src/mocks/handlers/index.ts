import { clientLifecycleHandlers } from './clientLifecycle';
import { clientHandlers } from './clients';
import { clientTokenHandlers } from './clientTokens';
import { clientUsageHandlers } from './clientUsage';
import { deviceHandlers } from './devices';
import { oauthHandlers } from './oauth';
import { sessionHandlers } from './sessions';
import { tokenHandlers } from './tokens';
import { tokenToolHandlers } from './tokenTools';
import { userTokenHandlers } from './userTokens';

/** Every handler of the mock backend: the same array serves demo mode, Vitest and the e2e HTTP server. */
export const handlers = [
  ...oauthHandlers,
  // before the token handlers: /admin/tokens/blacklist would otherwise match /admin/tokens/:id
  ...sessionHandlers,
  // before the token handlers too: GET|DELETE /admin/tokens/config would match /admin/tokens/:id
  ...tokenToolHandlers,
  ...tokenHandlers,
  ...userTokenHandlers,
  ...clientHandlers,
  ...clientLifecycleHandlers,
  ...clientTokenHandlers,
  ...clientUsageHandlers,
  ...deviceHandlers,
];
