import { lazy, Suspense } from 'react';

// Loaded on intent (preloadRevoke: a pointer on or focus in a row's revoke button, rows selected, a user filter
// set, a revoke refused), so that a dialog still opens at once. Nothing here may import a module the page imports
// too, or the bundler merges the page's chunk into a shared one (see revokeDialogs.ts).
const loadDialogs = () => import('./revokeDialogs');
// the shared Dialog loads Radix when a dialog first opens: warm that chunk too
const loadRadix = () => import('@/components/DialogImpl');

export function preloadRevoke() {
  void loadDialogs();
  void loadRadix();
}

export const RevokeTokenDialog = lazy(() => loadDialogs().then((m) => ({ default: m.RevokeTokenDialog })));
export const BulkRevokeDialog = lazy(() => loadDialogs().then((m) => ({ default: m.BulkRevokeDialog })));
export const RevokeUserTokensDialog = lazy(() => loadDialogs().then((m) => ({ default: m.RevokeUserTokensDialog })));
export const SingleRevokeUnsupportedNotice = lazy(() =>
  loadDialogs().then((m) => ({ default: m.SingleRevokeUnsupportedNotice })),
);

/** Nothing while a part's chunk loads (preloading makes that rare): a dialog then opens a moment later. */
export function LazyPart({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
