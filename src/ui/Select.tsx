import { useState } from 'react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  type Key,
} from 'react-aria-components';

/** One option of a Select. */
export interface SelectOption {
  readonly id: string;
  readonly label: string;
}

export interface SelectProps {
  /** Visible label. */
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly value: string | undefined;
  readonly onChange: (id: string) => void;
  readonly className?: string;
  /**
   * Builds only the chosen option until the picker is hovered, focused or opened (a long list, such as 200
   * countries): react-aria builds every option, and a hidden native select of them, at each render.
   */
  readonly buildOnReach?: boolean;
}

/** A labelled single-choice picker (react-aria Select) with the app's styling. */
export function Select({ label, options, value, onChange, className, buildOnReach }: SelectProps) {
  // Hovered, focused (type to select and the arrow keys work on the closed picker) or open.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const items = buildOnReach && !hovered && !focused && !open ? options.filter((o) => o.id === value) : options;
  return (
    <AriaSelect
      className={`select${className ? ` ${className}` : ''}`}
      selectedKey={value ?? null}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key))}
      onFocusChange={setFocused}
      onOpenChange={setOpen}
    >
      <Label className="select-label">{label}</Label>
      <Button className="select-button" onHoverChange={setHovered}>
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="select-popover">
        <ListBox className="select-listbox" items={items}>
          {(o) => (
            <ListBoxItem id={o.id} className="select-item" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
