import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { deviceSearchSchema } from '@/features/devices/deviceSearch';
import { loadCatalogs } from '@/i18n/i18n';
import { appRoute } from './root';

export const devicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/devices',
  validateSearch: (search) => deviceSearchSchema.parse(search),
  loader: () => loadCatalogs(['devices']),
  component: lazyRouteComponent(() => import('@/features/devices/DevicesPage'), 'DevicesPage'),
});

export const deviceRoutes = [devicesRoute];
