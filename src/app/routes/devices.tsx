import { createRoute } from '@tanstack/react-router';
import { NotBuiltYet } from '../../components/NotBuiltYet';
import { i18n } from '../../i18n/i18n';
import { appRoute } from './root';

export const devicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/devices',
  component: () => <NotBuiltYet title={i18n.t('nav.devices')} />,
});

export const deviceRoutes = [devicesRoute];
