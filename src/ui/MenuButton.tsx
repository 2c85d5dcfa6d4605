import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Button } from './Button';
import './menu.css';

/** One command of a MenuButton. */
export interface MenuAction {
  /** Stable key, also the item's `data-action` (tests, styles). */
  readonly id: string;
  /** The item's words, also its accessible name. */
  readonly label: string;
  /** Runs when the item is chosen (click, tap, Enter or Space); the menu has closed by then. */
  readonly onAction: () => void;
  readonly isDisabled?: boolean;
}

export interface MenuButtonProps {
  /** The button's words, also its accessible name. */
  readonly label: string;
  /** The commands, in the order shown: adding one is one entry. */
  readonly items: readonly MenuAction[];
  /** Extra class of the trigger button. */
  readonly className?: string;
  /** Disables the whole menu (e.g. nothing to export). */
  readonly isDisabled?: boolean;
}

/**
 * A button that opens a menu of commands (react-aria MenuTrigger: arrow keys, typeahead, Escape, focus back on
 * the button). Items are `role=menuitem`, named by their words.
 */
export function MenuButton({ label, items, className, isDisabled }: MenuButtonProps) {
  const disabledKeys = items.filter((i) => i.isDisabled).map((i) => i.id);
  return (
    <MenuTrigger>
      <Button className={`menu-button${className ? ` ${className}` : ''}`} isDisabled={isDisabled}>
        {label}
        <span aria-hidden="true" className="menu-chevron">
          ▾
        </span>
      </Button>
      <Popover className="menu-popover" placement="bottom end">
        <Menu
          className="menu"
          items={items}
          disabledKeys={disabledKeys}
          onAction={(key) => items.find((i) => i.id === key)?.onAction()}
        >
          {(item) => (
            <MenuItem id={item.id} className="menu-item" textValue={item.label} data-action={item.id}>
              {item.label}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
