import * as RadixDialog from '@radix-ui/react-dialog';

interface DialogProps {
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

/** An accessible modal dialog (Radix): focus trapped, Escape closes, focus returns to the trigger. */
export function Dialog({ open, onOpenChange, title, description, children, footer, busy, wide }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => (busy && !next ? undefined : onOpenChange(next))}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={wide ? 'dialog dialog-wide' : 'dialog'}
          {...(description ? {} : { 'aria-describedby': undefined })}
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
