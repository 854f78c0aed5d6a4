import { createRoute } from '@tanstack/react-router';
import { deviceListQuery } from '@/api/devices';
import { deviceSearchSchema, toDeviceListParams } from '@/features/devices/deviceSearch';
import { statusCountQueries } from '@/features/devices/live/useStatusCounts';
import { deviceClientsQuery } from '@/features/devices/useDeviceClients';
import { loadCatalogs } from '@/i18n/i18n';
import { awaitPageData, prefetchQuery } from './pageData';
import { lazyPage } from './lazyPage';
import { appRoute } from './root';

export const devicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/devices',
  validateSearch: (search) => deviceSearchSchema.parse(search),
  // not `session` (the open details panel): opening it asks for nothing new
  loaderDeps: ({ search }) => toDeviceListParams(search),
  // the list, the status counts and the client names, as the page's first paint shows them
  loader: ({ context: { queryClient }, deps, cause }) =>
    Promise.all([
      loadCatalogs(['devices']),
      awaitPageData(cause, [
        prefetchQuery(queryClient, deviceListQuery(deps)),
        ...statusCountQueries({ client_id: deps.client_id }).map((query) => prefetchQuery(queryClient, query)),
        prefetchQuery(queryClient, deviceClientsQuery()),
      ]),
    ]),
  component: lazyPage(() => import('@/features/devices/DevicesPage'), 'DevicesPage'),
});

export const deviceRoutes = [devicesRoute];
