import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends AriaButtonProps {
  /** Visual weight: primary for the main action of a toolbar. */
  readonly variant?: 'primary' | 'secondary';
}

/** A react-aria button with the app's styling. */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} className={`btn btn-${variant}${typeof className === 'string' ? ` ${className}` : ''}`} />
  );
}
