import { setCellNote, setRowNote } from '../../domain/edit-ops';
import { noteKey, rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import type { EditSelected } from './use-edit-selected';
import { useLiveText } from './use-live-text';

/** The note of the active cell and the rationale of its row; saved as they are typed. */
export function NotesPanel({
  matrix,
  fieldsKey,
  r,
  c,
  edit,
}: {
  matrix: RoleMatrix;
  fieldsKey: string;
  r: number;
  c: number;
  edit: EditSelected;
}) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const row = matrix.rows[r]!;
  const col = matrix.stakeholders[c]!;
  const rowLabel = row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label;
  const cellNote = (m: RoleMatrix) => m.notes?.[noteKey(row.key, col.key)] ?? '';
  const rowNote = (m: RoleMatrix) => m.rowNotes?.[row.key] ?? '';
  // Keyed by country too: the same row and column in another country is another note. The key
  // stays when the first edit of a bundled country selects its copy (fieldsKey).
  return (
    <div className="notes-panel">
      <NoteField
        key={`cell-${fieldsKey}-${row.key}-${col.key}`}
        label={t.cellNote(rowLabel, stakeholderName(col, lang))}
        value={cellNote(matrix)}
        write={(v) => {
          const edited = edit((m) => setCellNote(m, r, c, v), { coalesce: `note:${row.key}\u0000${col.key}` });
          return edited ? cellNote(edited) : cellNote(matrix);
        }}
      />
      <NoteField
        key={`row-${fieldsKey}-${row.key}`}
        label={t.rowNote(rowLabel)}
        value={rowNote(matrix)}
        write={(v) => {
          const edited = edit((m) => setRowNote(m, r, v), { coalesce: `row-note:${row.key}` });
          return edited ? rowNote(edited) : rowNote(matrix);
        }}
      />
    </div>
  );
}

function NoteField({ label, value, write }: { label: string; value: string; write: (text: string) => string }) {
  const endEdits = useAppState((s) => s.endEdits);
  const { props } = useLiveText(value, write, endEdits);
  return (
    <label className="textfield note-field">
      <span className="select-label">{label}</span>
      <textarea className="textfield-input" rows={3} {...props} />
    </label>
  );
}
