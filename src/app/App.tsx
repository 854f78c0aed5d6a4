import { I18nProvider } from '@lingui/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useSelector } from '@tanstack/react-store';
import { lazy, Suspense, useEffect } from 'react';
import { onToasterReady } from '@/components/notify';
import { i18n } from '@/i18n/i18n';
import type { createApp } from './createApp';
import { themeStore } from './theme';

// sonner is not needed for the first paint: its Toaster (the toasts' live region) mounts once its chunk is in
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

/** Rendered after the Toaster, so its effect runs once the Toaster listens. */
function ToasterReady() {
  useEffect(onToasterReady, []);
  return null;
}

export function App({ app }: { app: ReturnType<typeof createApp> }) {
  const theme = useSelector(themeStore, (state) => state.resolved);
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={app.queryClient}>
        <RouterProvider router={app.router} />
        <Suspense fallback={null}>
          <Toaster position="bottom-right" richColors closeButton theme={theme} />
          <ToasterReady />
        </Suspense>
      </QueryClientProvider>
    </I18nProvider>
  );
}
