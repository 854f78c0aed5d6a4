import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setCredentials } from '@/api/credentials';
import { App } from '@/app/App';
import { createApp } from '@/app/createApp';
import { i18n, initI18n } from '@/i18n/i18n';
import { DEMO_ADMIN_TOKEN } from '@/mocks/identities';

export const TEST_BASE_URL = 'http://authms.test';

let i18nReady: Promise<unknown> | undefined;

export async function ensureI18n(language: 'en' | 'zh-CN' = 'en') {
  i18nReady ??= initI18n('en');
  await i18nReady;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** Renders the whole app at a URL, signed in as the mock tenant's admin unless `token` is null. */
export async function renderApp(path: string, options: { token?: string | null } = {}) {
  await ensureI18n();
  const token = options.token === undefined ? DEMO_ADMIN_TOKEN : options.token;
  if (token) setCredentials({ token, baseUrl: TEST_BASE_URL, demo: false });
  else setCredentials(null);
  const history = createMemoryHistory({ initialEntries: [path] });
  const app = createApp({ history, retry: false });
  const user = userEvent.setup();
  const view = render(<App app={app} />);
  return { ...view, app, history, user };
}
