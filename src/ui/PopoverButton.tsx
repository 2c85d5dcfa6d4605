import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { Button } from './Button';

export interface PopoverButtonProps {
  /** The button's text, also the dialog's heading. */
  readonly label: string;
  readonly children: ReactNode;
  /** Called when the button is pointed at or focused: to fetch what the popover draws ahead. */
  readonly onIntent?: () => void;
}

/** A button that opens a non-modal dialog in a popover (Escape closes it, focus returns). */
export function PopoverButton({ label, children, onIntent }: PopoverButtonProps) {
  return (
    <DialogTrigger>
      <Button {...(onIntent && { onHoverStart: onIntent, onFocus: onIntent })}>{label}</Button>
      <Popover className="popover" placement="bottom start">
        <Dialog className="popover-dialog">
          <Heading slot="title" className="popover-title">
            {label}
          </Heading>
          {children}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
