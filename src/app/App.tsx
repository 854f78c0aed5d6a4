import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { Toaster } from 'sonner';
import type { createApp } from './createApp';

export function App({ app }: { app: ReturnType<typeof createApp> }) {
  return (
    <QueryClientProvider client={app.queryClient}>
      <RouterProvider router={app.router} />
      <Toaster position="bottom-right" richColors closeButton />
    </QueryClientProvider>
  );
}
