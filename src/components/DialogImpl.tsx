import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef } from 'react';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: React.ReactNode;
  children?: React.ReactNode;
  /** Buttons at the bottom; the first focusable element gets focus when the dialog opens. */
  footer?: React.ReactNode;
  /** While true the dialog cannot be dismissed (a request is under way). */
  busy?: boolean;
  wide?: boolean;
}

/** The Radix implementation of Dialog (./Dialog.tsx), its own chunk: loaded when a dialog first opens. */
export function DialogImpl({ open, onOpenChange, title, description, children, footer, busy, wide }: DialogProps) {
  // Radix returns focus only to a Dialog.Trigger; these dialogs are opened from any button, so remember which.
  const opener = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => (busy && !next ? undefined : onOpenChange(next))}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={wide ? 'dialog dialog-wide' : 'dialog'}
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={() => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(e) => {
            const target = opener.current;
            opener.current = null;
            if (target?.isConnected) {
              e.preventDefault();
              target.focus();
            }
          }}
          onEscapeKeyDown={(e) => busy && e.preventDefault()}
          onPointerDownOutside={(e) => busy && e.preventDefault()}
        >
          <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description asChild>
              <div className="dialog-description">{description}</div>
            </RadixDialog.Description>
          ) : null}
          {children}
          {footer && <div className="dialog-footer">{footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
