import { lazy, Suspense, useState } from 'react';
import type { DialogProps } from './DialogImpl';

// Radix is ~12 KB gzip that no page needs before a dialog opens: it stays out of the initial JS.
const DialogImpl = lazy(() => import('./DialogImpl').then((m) => ({ default: m.DialogImpl })));

/** An accessible modal dialog (Radix): focus trapped, Escape closes, focus returns to the trigger. */
export function Dialog(props: DialogProps) {
  // once opened it stays mounted, so closing runs Radix's focus return
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <DialogImpl {...props} />
    </Suspense>
  );
}
