import { lazy, Suspense, useState } from 'react';
import { useLingui } from '@lingui/react';
import { loadCatalogs } from '@/i18n/i18n';
import type { ExportSpec } from './exportSpec';

// The dialog, the page fetching and the CSV writer load on first use (or on intent), never with the page.
const loadDialog = () => Promise.all([import('./ExportDialog'), loadCatalogs(['export'])]).then(([m]) => ({ default: m.ExportDialog }));
const ExportDialog = lazy(loadDialog);
const preload = () => void loadDialog();

/** "Export…" on a list page: every page of the current filter as CSV or JSON, in a dialog. */
export function ExportButton<T>(spec: ExportSpec<T>) {
  const { _: t } = useLingui();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('common.export')}
      </button>
      {opened && (
        <Suspense fallback={null}>
          <ExportDialog spec={spec as ExportSpec<unknown>} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
