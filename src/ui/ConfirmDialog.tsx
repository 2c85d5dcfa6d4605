import { Dialog, Heading, Modal } from 'react-aria-components';
import { Button } from './Button';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  /** Null when closed. */
  readonly open: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A modal alert dialog asking before a destructive action; Escape and Cancel keep everything. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  open,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Modal isOpen={open} onOpenChange={(o) => !o && onCancel()} isDismissable className="modal">
      <Dialog role="alertdialog" className="modal-dialog">
        <Heading slot="title" className="popover-title">
          {title}
        </Heading>
        <p>{message}</p>
        <div className="toolbar-group">
          <Button variant="primary" onPress={onConfirm}>
            {confirmLabel}
          </Button>
          <Button onPress={onCancel} autoFocus>
            {cancelLabel}
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
