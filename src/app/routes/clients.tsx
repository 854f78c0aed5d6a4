import { createRoute } from '@tanstack/react-router';
import { NotBuiltYet } from '../../components/NotBuiltYet';
import { i18n } from '../../i18n/i18n';
import { appRoute } from './root';

export const clientsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/clients',
  component: () => <NotBuiltYet title={i18n.t('nav.clients')} />,
});

export const clientRoutes = [clientsRoute];
