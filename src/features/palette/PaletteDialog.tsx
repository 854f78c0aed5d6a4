import { useNavigate, type NavigateOptions } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { Dialog } from '@/components/Dialog';
import { PaletteBody } from './PaletteBody';
import './palette.css';
import { rememberItem, type PaletteItem, type PalettePage } from './paletteItems';

interface PaletteDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  pages: readonly PalettePage[];
}

/** The command palette ("Jump to"): a modal dialog around the combobox; picking an item goes there. */
export function PaletteDialog({ open, onOpenChange, pages }: PaletteDialogProps) {
  const { _: t } = useLingui();
  const navigate = useNavigate();
  const pick = (item: PaletteItem) => {
    rememberItem(item);
    onOpenChange(false);
    void navigate(item.target as NavigateOptions);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('tools.palette.title')} wide>
      {/* Radix unmounts the content when closed: every opening starts with an empty query */}
      <PaletteBody pages={pages} onPick={pick} />
    </Dialog>
  );
}
