import { lazy, Suspense, useState } from 'react';

// What the first paint of the tokens page does not show is in chunks of its own, loaded on intent (the preload
// functions: a pointer on or focus in a trigger, rows selected, a user filter set), so that opening is instant.
const loadRevokeToken = () => import('./RevokeTokenDialog');
const loadUnsupported = () => import('./SingleRevokeUnsupportedNotice');
const loadBulkRevoke = () => import('./BulkRevokeDialog');
const loadUserRevoke = () => import('./RevokeUserTokensDialog');
// the shared Dialog loads Radix only when a dialog first opens: warm that chunk too, with the dialog's own
const loadRadix = () => import('../../components/DialogImpl');

export const RevokeTokenDialog = lazy(() => loadRevokeToken().then((m) => ({ default: m.RevokeTokenDialog })));
export const SingleRevokeUnsupportedNotice = lazy(() =>
  loadUnsupported().then((m) => ({ default: m.SingleRevokeUnsupportedNotice })),
);
export const BulkRevokeDialog = lazy(() => loadBulkRevoke().then((m) => ({ default: m.BulkRevokeDialog })));
export const RevokeUserTokensDialog = lazy(() => loadUserRevoke().then((m) => ({ default: m.RevokeUserTokensDialog })));

export function preloadRevokeToken() {
  void loadRevokeToken();
  void loadUnsupported();
  void loadRadix();
}

export function preloadBulkRevoke() {
  void loadBulkRevoke();
  void loadRadix();
}

export function preloadUserRevoke() {
  void loadUserRevoke();
  void loadRadix();
}

/**
 * Renders a lazy dialog from the first time it opens on, and keeps it mounted after (closing then runs the dialog's
 * focus return, as with the shared Dialog); nothing shows while its chunk loads, which preloading makes rare.
 */
export function MountOnceOpen({ open, children }: { open: boolean; children: React.ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  if (!opened) return null;
  return <Suspense fallback={null}>{children}</Suspense>;
}
