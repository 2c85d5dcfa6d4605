import { useId } from 'react';
import { updateDetails } from '../../domain/edit-ops';
import type { RoleMatrix } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import type { EditSelected } from './use-edit-selected';
import { useLiveText } from './use-live-text';

interface Field {
  readonly id: 'country' | 'code' | 'source' | 'date' | 'notes';
  readonly label: string;
  readonly read: (m: RoleMatrix) => string;
  /** The edit for the text typed; `start` is the country as it was when the field was entered. */
  readonly apply: (m: RoleMatrix, text: string, start: RoleMatrix) => RoleMatrix;
}

/** Name, ISO code, source, date and notes of a country; each is saved as it is typed. */
export function DetailsForm({ matrix, edit }: { matrix: RoleMatrix; edit: EditSelected }) {
  const t = useMessages(editorMessages);
  const fields: readonly Field[] = [
    // A name typed empty is not written empty: the country keeps the name it had, as a spreadsheet's sheet does.
    {
      id: 'country',
      label: t.name,
      read: (m) => m.country,
      apply: (m, v, start) => updateDetails(m, { country: v.trim() || start.country }),
    },
    {
      id: 'code',
      label: t.code,
      read: (m) => m.countryCode ?? '',
      apply: (m, v) => updateDetails(m, { countryCode: v.trim() }),
    },
    {
      id: 'source',
      label: t.source,
      read: (m) => m.provenance.source ?? '',
      apply: (m, v) => updateDetails(m, { provenance: { source: v } }),
    },
    {
      id: 'date',
      label: t.date,
      read: (m) => m.provenance.date ?? '',
      apply: (m, v) => updateDetails(m, { provenance: { date: v } }),
    },
    {
      id: 'notes',
      label: t.notes,
      read: (m) => m.provenance.notes ?? '',
      apply: (m, v) => updateDetails(m, { provenance: { notes: v } }),
    },
  ];
  return (
    <fieldset className="details-form">
      <legend>{t.details}</legend>
      {fields.map((f) => (
        <DetailField key={f.id} field={f} value={f.read(matrix)} edit={edit} />
      ))}
    </fieldset>
  );
}

function DetailField({ field, value, edit }: { field: Field; value: string; edit: EditSelected }) {
  const t = useMessages(editorMessages);
  const endEdits = useAppState((s) => s.endEdits);
  const write = (text: string) => {
    const edited = edit((m, start) => field.apply(m, text, start), { coalesce: `details:${field.id}` });
    return edited ? field.read(edited) : value;
  };
  const { props, typed, onEnter } = useLiveText(value, write, endEdits);
  // What the name typed became, said beside it while it is typed: it is never lost, only kept apart.
  const hint =
    field.id !== 'country' || typed === null
      ? ''
      : typed.trim() === ''
        ? t.nameKept(value)
        : typed.trim() !== value
          ? t.nameTaken(typed.trim(), value)
          : '';
  const id = useId();
  const input = { id, className: 'textfield-input', ...props, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) };
  // The hint is outside the label, so that it describes the field without becoming its name.
  return (
    <div className={field.id === 'notes' ? 'textfield textfield-wide' : 'textfield'}>
      <label className="select-label" htmlFor={id}>
        {field.label}
      </label>
      {field.id === 'notes' ? <textarea rows={2} {...input} /> : <input {...input} onKeyDown={onEnter} />}
      {hint && (
        <span id={`${id}-hint`} className="field-help">
          {hint}
        </span>
      )}
    </div>
  );
}
