import { I18nProvider } from '@lingui/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { setCredentials } from '@/api/credentials';
import { App } from '@/app/App';
import { createApp } from '@/app/createApp';
import { AREAS, changeLanguage, i18n, initI18n, loadCatalogs } from '@/i18n/i18n';
import { DEMO_ADMIN_TOKEN } from '@/mocks/identities';

export const TEST_BASE_URL = 'http://authms.test';

let i18nReady: Promise<unknown> | undefined;

/** i18n in `language` with every area's catalog loaded, so a test never waits for a catalog chunk. */
export async function ensureI18n(language: 'en' | 'zh-CN' = 'en') {
  i18nReady ??= initI18n('en').then(() => loadCatalogs(AREAS));
  await i18nReady;
  if (i18n.locale !== language) await changeLanguage(language);
}

/** Lingui's provider, for rendering one component (the app has its own). */
export function I18nWrapper({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

/** Renders one component with i18n ready (English unless said). */
export async function renderWithI18n(ui: ReactElement, options: RenderOptions & { language?: 'en' | 'zh-CN' } = {}) {
  const { language, ...renderOptions } = options;
  await ensureI18n(language);
  const Outer = renderOptions.wrapper;
  const wrapper = Outer
    ? ({ children }: { children: ReactNode }) => (
        <I18nWrapper>
          <Outer>{children}</Outer>
        </I18nWrapper>
      )
    : I18nWrapper;
  return render(ui, { ...renderOptions, wrapper });
}

/**
 * Every route's lazy chunk, loaded before the app renders (once per test file: modules are cached), so a test
 * never waits on module loading, which on a busy machine can outlast a `findBy`. What remains async in a test is
 * what is async in the app: the mock's answers and React's rendering.
 */
async function preloadRouteChunks(router: ReturnType<typeof createApp>['router']) {
  await Promise.all(Object.values(router.routesById).map((route) => router.loadRouteChunk(route)));
}

/**
 * Renders the whole app at a URL, signed in as the mock tenant's admin unless `token` is null.
 * `preloadRoutes: false` leaves the route chunks to load as in the browser (a test of what loads when).
 */
export async function renderApp(path: string, options: { token?: string | null; preloadRoutes?: boolean } = {}) {
  await ensureI18n();
  const token = options.token === undefined ? DEMO_ADMIN_TOKEN : options.token;
  if (token) setCredentials({ token, baseUrl: TEST_BASE_URL, demo: false });
  else setCredentials(null);
  const history = createMemoryHistory({ initialEntries: [path] });
  const app = createApp({ history, retry: false });
  if (options.preloadRoutes !== false) await preloadRouteChunks(app.router);
  const user = userEvent.setup();
  const view = render(<App app={app} />);
  return { ...view, app, history, user };
}
