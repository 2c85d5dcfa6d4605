import { setCellNote, setRowNote } from '../../domain/edit-ops';
import { noteKey, rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { useDraft } from './use-draft';

/** The note of the active cell and the rationale of its row; saved when the field is left. */
export function NotesPanel({ matrix, r, c, edit }: { matrix: RoleMatrix; r: number; c: number; edit: (op: (m: RoleMatrix) => RoleMatrix) => void }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const row = matrix.rows[r]!;
  const col = matrix.stakeholders[c]!;
  const rowLabel = row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label;
  // Keyed by country too: the same row and column in another country is another note.
  return (
    <div className="notes-panel">
      <NoteField key={`cell-${matrix.id}-${row.key}-${col.key}`} label={t.cellNote(rowLabel, stakeholderName(col, lang))} value={matrix.notes?.[noteKey(row.key, col.key)] ?? ''} onCommit={(v) => edit((m) => setCellNote(m, r, c, v))} />
      <NoteField key={`row-${matrix.id}-${row.key}`} label={t.rowNote(rowLabel)} value={matrix.rowNotes?.[row.key] ?? ''} onCommit={(v) => edit((m) => setRowNote(m, r, v))} />
    </div>
  );
}

function NoteField({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => void }) {
  const { text, setText, commit } = useDraft(value, onCommit);
  return (
    <label className="textfield note-field">
      <span className="select-label">{label}</span>
      <textarea className="textfield-input" rows={3} value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} />
    </label>
  );
}
