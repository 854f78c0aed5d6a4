import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { Toaster } from 'sonner';
import type { createApp } from './createApp';
import { getResolvedTheme, subscribeTheme } from './theme';

export function App({ app }: { app: ReturnType<typeof createApp> }) {
  const theme = useSyncExternalStore(subscribeTheme, getResolvedTheme, getResolvedTheme);
  return (
    <QueryClientProvider client={app.queryClient}>
      <RouterProvider router={app.router} />
      <Toaster position="bottom-right" richColors closeButton theme={theme} />
    </QueryClientProvider>
  );
}
