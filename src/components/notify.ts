import type { toast } from 'sonner';

type Toast = typeof toast;

let markReady: () => void = () => undefined;
// sonner drops a toast sent before its Toaster listens; the Toaster loads lazily, so toasts wait for it
const toasterReady = new Promise<void>((resolve) => {
  markReady = resolve;
});
let loadToast: Promise<Toast> | undefined;

/** Called by the app's Toaster (src/app/App.tsx) once it is mounted and listening. */
export function onToasterReady() {
  markReady();
}

function send(kind: 'success' | 'error' | 'warning', message: string) {
  loadToast ??= import('sonner').then((m) => m.toast);
  void Promise.all([loadToast, toasterReady]).then(([toast]) => toast[kind](message));
}

/** Toasts without sonner in the initial JS: it is loaded with the app's Toaster, after the first render. */
export const notify = {
  success: (message: string) => send('success', message),
  error: (message: string) => send('error', message),
  warning: (message: string) => send('warning', message),
};
