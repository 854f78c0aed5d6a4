import './app/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApp } from './app/createApp';
import { startTheme } from './app/theme';
import { initI18n } from './i18n/i18n';
import './styles.css';

async function start() {
  startTheme();
  if (__DEMO__) {
    const { startMockWorker } = await import('./mocks/browser');
    await startMockWorker();
  }
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App app={createApp()} />
    </StrictMode>,
  );
}

void start();
