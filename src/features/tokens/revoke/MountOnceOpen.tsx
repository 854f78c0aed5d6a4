import { useState } from 'react';

/**
 * Renders a dialog from the first time it opens on, and keeps it mounted after (closing then runs the dialog's
 * focus return): until then its hooks (queries, a bulk run's state) do not run on every render of the page.
 */
export function MountOnceOpen({ open, children }: { open: boolean; children: React.ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? children : null;
}
