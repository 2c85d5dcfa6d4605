import type { ReactNode } from 'react';
import { Dialog, Heading, Modal as AriaModal, ModalOverlay } from 'react-aria-components';
import './modal.css';

export interface ModalProps {
  /** The dialog's heading, also its accessible name. */
  readonly title: string;
  readonly isOpen: boolean;
  /** Called when the user dismisses it (Escape). */
  readonly onClose: () => void;
  /** Whether Escape may close it (off while work is running that needs its own Stop button). */
  readonly isKeyboardDismissDisabled?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A modal dialog (react-aria): focus is trapped inside and returns to the opener when it closes. */
export function Modal({ title, isOpen, onClose, isKeyboardDismissDisabled, className, children }: ModalProps) {
  return (
    <ModalOverlay
      className="ui-modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isKeyboardDismissDisabled={isKeyboardDismissDisabled}
    >
      <AriaModal className={`ui-modal${className ? ` ${className}` : ''}`}>
        <Dialog className="ui-modal-dialog">
          <Heading slot="title" className="ui-modal-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </AriaModal>
    </ModalOverlay>
  );
}
