import { Group, Input, Label, NumberField as AriaNumberField, Button as AriaButton } from 'react-aria-components';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly step?: number;
  readonly className?: string;
}

/** A labelled number input with − and + steppers (react-aria NumberField): arrow keys step too. */
export function NumberField({ label, value, onChange, minValue, maxValue, step = 1, className }: NumberFieldProps) {
  return (
    <AriaNumberField
      className={`numberfield${className ? ` ${className}` : ''}`}
      value={value}
      onChange={(v) => onChange(Number.isNaN(v) ? 0 : v)}
      {...(minValue !== undefined ? { minValue } : {})}
      {...(maxValue !== undefined ? { maxValue } : {})}
      step={step}
    >
      <Label className="select-label">{label}</Label>
      <Group className="numberfield-group">
        <AriaButton slot="decrement" className="numberfield-step">
          −
        </AriaButton>
        <Input className="numberfield-input" />
        <AriaButton slot="increment" className="numberfield-step">
          +
        </AriaButton>
      </Group>
    </AriaNumberField>
  );
}
