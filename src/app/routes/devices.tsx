import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { deviceSearchSchema } from '@/features/devices/deviceSearch';
import { withCatalogs } from '@/i18n/withCatalogs';
import { appRoute } from './root';

export const devicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/devices',
  validateSearch: (search) => deviceSearchSchema.parse(search),
  component: lazyRouteComponent(() => withCatalogs(import('@/features/devices/DevicesPage'), ['devices']), 'DevicesPage'),
});

export const deviceRoutes = [devicesRoute];
