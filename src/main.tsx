import './app/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApp } from './app/createApp';
import { loadDemoChrome } from './app/demoChrome';
import { startTheme } from './app/theme';
import { initI18n } from './i18n/i18n';
import './styles.css';

async function start() {
  startTheme();
  if (__DEMO__) {
    const [{ startMockWorker }] = await Promise.all([import('./mocks/browser'), loadDemoChrome()]);
    await startMockWorker();
  }
  const i18nReady = initI18n();
  const app = createApp();
  // The route's loaders start now (its data, its chunk, its area's catalog), alongside the start's catalog, not
  // after it; the router does not load a second time when it mounts.
  void app.router.load();
  await i18nReady;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App app={app} />
    </StrictMode>,
  );
}

void start();
