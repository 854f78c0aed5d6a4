import { useLingui } from '@lingui/react';
import { Dialog } from '@/components/Dialog';

// Key names, as printed on keyboards (in every language).
const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD_KEY = IS_APPLE ? '⌘' : 'Ctrl';
const KEY_K = 'K';
const KEY_ESC = 'Esc';
const KEY_ENTER = 'Enter';

const SHORTCUTS = [
  { keys: [MOD_KEY, KEY_K], what: 'tools.shortcuts.palette' },
  { keys: ['/'], what: 'tools.shortcuts.filter' },
  { keys: ['?'], what: 'tools.shortcuts.help' },
  { keys: [KEY_ESC], what: 'tools.shortcuts.close' },
  { keys: ['↑', '↓'], what: 'tools.shortcuts.move' },
  { keys: [KEY_ENTER], what: 'tools.shortcuts.go' },
] as const;

/** "?": the console's keyboard shortcuts. */
export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { _: t } = useLingui();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('tools.shortcuts.title')}
      footer={
        <button type="button" className="button" onClick={() => onOpenChange(false)}>
          {t('common.close')}
        </button>
      }
    >
      <table className="data-table shortcuts-table">
        <caption className="visually-hidden">{t('tools.shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tools.shortcuts.keys')}</th>
            <th scope="col">{t('tools.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.what}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(shortcut.what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
