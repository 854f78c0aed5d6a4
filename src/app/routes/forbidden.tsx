import { createRoute } from '@tanstack/react-router';
import { ForbiddenPage } from '@/app/pages/ForbiddenPage';
import { appRoute } from './root';

export const forbiddenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/forbidden',
  component: function Forbidden() {
    const { signOut } = forbiddenRoute.useRouteContext();
    return <ForbiddenPage onSignOut={() => signOut('signed-out')} />;
  },
});
