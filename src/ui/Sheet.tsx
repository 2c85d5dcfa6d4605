import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import './sheet.css';

export interface SheetProps {
  /** The opening button's words, also the sheet's heading and accessible name. */
  readonly label: string;
  /** The words of the button that closes the sheet. */
  readonly closeLabel: string;
  /** Extra class of the opening button. */
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A button that opens a bottom sheet: a modal dialog rising from the bottom of a narrow screen (react-aria:
 * focus stays inside, Escape or a tap outside closes it, focus returns to the button).
 */
export function Sheet({ label, closeLabel, className, children }: SheetProps) {
  return (
    <DialogTrigger>
      <Button className={className}>{label}</Button>
      <ModalOverlay className="ui-sheet-overlay" isDismissable>
        <Modal className="ui-sheet">
          <Dialog className="ui-sheet-dialog">
            {({ close }) => (
              <>
                <div className="ui-sheet-head">
                  <Heading slot="title" className="ui-sheet-title">
                    {label}
                  </Heading>
                  <Button onPress={close}>{closeLabel}</Button>
                </div>
                {children}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
