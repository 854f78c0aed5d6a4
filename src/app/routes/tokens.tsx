import { createRoute } from '@tanstack/react-router';
import { tokenCountQuery, tokenListQuery } from '@/api/tokens';
import { tokenSearchSchema, toTokenListParams } from '@/features/tokens/tokenSearch';
import { COUNT_FILTERS } from '@/features/tokens/user/userTokenCounts';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

export const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tokens',
  validateSearch: (search) => tokenSearchSchema.parse(search),
  loaderDeps: ({ search }) => toTokenListParams(search),
  // the list, and with ?user_id the user's panel (its counts), as the page reads them
  loader: ({ context: { queryClient }, deps, cause }) =>
    Promise.all([
      loadCatalogs(['tokens']),
      awaitPageData(cause, [
        prefetchQuery(queryClient, tokenListQuery(deps)),
        ...(deps.user_id === undefined
          ? []
          : COUNT_FILTERS.map((filter) => prefetchQuery(queryClient, tokenCountQuery({ user_id: deps.user_id as string, ...filter })))),
      ]),
    ]),
  component: lazyPage(() => import('@/features/tokens/TokensPage'), 'TokensPage'),
});

export const tokenRoutes = [tokensRoute];
