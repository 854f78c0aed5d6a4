import { createRoute } from '@tanstack/react-router';
import { clientTokenListQuery } from '@/api/clients';
import { clientNameQuery } from '@/features/clientTokens/clientNameQuery';
import { clientTokenSearchSchema, toClientTokenListParams } from '@/features/clientTokens/clientTokenSearch';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

/** A client's tokens: a flat path under the app layout, so it does not depend on how the clients area nests. */
export const clientTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients/$clientId/tokens',
  validateSearch: (search) => clientTokenSearchSchema.parse(search),
  loaderDeps: ({ search }) => toClientTokenListParams(search),
  // the tokens, and the client for its name in the heading
  loader: ({ context: { queryClient }, params: { clientId }, deps, cause }) =>
    Promise.all([
      loadCatalogs(['clientTokens']),
      awaitPageData(cause, [
        prefetchQuery(queryClient, clientTokenListQuery(clientId, deps)),
        prefetchQuery(queryClient, clientNameQuery(clientId)),
      ]),
    ]),
  component: lazyPage(() => import('@/features/clientTokens/ClientTokensPage'), 'ClientTokensPage'),
});

export const clientTokenRoutes = [clientTokensRoute];
