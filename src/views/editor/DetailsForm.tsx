import { updateDetails } from '../../domain/edit-ops';
import type { RoleMatrix } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { useMessages } from '../use-messages';
import { useDraft } from './use-draft';

/** Name, ISO code, source, date and notes of a country; each is saved when the field is left. */
export function DetailsForm({ matrix, edit }: { matrix: RoleMatrix; edit: (op: (m: RoleMatrix) => RoleMatrix) => void }) {
  const t = useMessages(editorMessages);
  const fields = [
    { id: 'country', label: t.name, value: matrix.country, apply: (m: RoleMatrix, v: string) => (v.trim() ? updateDetails(m, { country: v.trim() }) : m) },
    { id: 'code', label: t.code, value: matrix.countryCode ?? '', apply: (m: RoleMatrix, v: string) => updateDetails(m, { countryCode: v.trim() }) },
    { id: 'source', label: t.source, value: matrix.provenance.source ?? '', apply: (m: RoleMatrix, v: string) => updateDetails(m, { provenance: { source: v } }) },
    { id: 'date', label: t.date, value: matrix.provenance.date ?? '', apply: (m: RoleMatrix, v: string) => updateDetails(m, { provenance: { date: v } }) },
    { id: 'notes', label: t.notes, value: matrix.provenance.notes ?? '', apply: (m: RoleMatrix, v: string) => updateDetails(m, { provenance: { notes: v } }) },
  ];
  return (
    <fieldset className="details-form">
      <legend>{t.details}</legend>
      {fields.map((f) => (
        <DetailField key={f.id} label={f.label} value={f.value} multiline={f.id === 'notes'} onCommit={(v) => edit((m) => f.apply(m, v))} />
      ))}
    </fieldset>
  );
}

function DetailField({ label, value, multiline, onCommit }: { label: string; value: string; multiline: boolean; onCommit: (v: string) => void }) {
  const { text, setText, commit } = useDraft(value, onCommit);
  const props = {
    className: 'textfield-input',
    value: text,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setText(e.target.value),
    onBlur: commit,
  };
  return (
    <label className={multiline ? 'textfield textfield-wide' : 'textfield'}>
      <span className="select-label">{label}</span>
      {multiline ? <textarea rows={2} {...props} /> : <input {...props} onKeyDown={(e) => e.key === 'Enter' && commit()} />}
    </label>
  );
}
