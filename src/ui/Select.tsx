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
}

/** A labelled single-choice picker (react-aria Select) with the app's styling. */
export function Select({ label, options, value, onChange, className }: SelectProps) {
  return (
    <AriaSelect
      className={`select${className ? ` ${className}` : ''}`}
      selectedKey={value ?? null}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key))}
    >
      <Label className="select-label">{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <Popover className="select-popover">
        <ListBox className="select-listbox" items={options}>
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
