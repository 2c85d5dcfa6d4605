import { useState } from 'react';
import { setCellNote, setRowNote } from '../../domain/edit-ops';
import { noteKey, rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';

/** The note of the active cell and the rationale of its row; saved when the field is left. */
export function NotesPanel({ matrix, r, c, edit }: { matrix: RoleMatrix; r: number; c: number; edit: (op: (m: RoleMatrix) => RoleMatrix) => void }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const row = matrix.rows[r]!;
  const col = matrix.stakeholders[c]!;
  const rowLabel = row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label;
  return (
    <div className="notes-panel">
      <NoteField key={`cell-${row.key}-${col.key}`} label={t.cellNote(rowLabel, stakeholderName(col, lang))} value={matrix.notes?.[noteKey(row.key, col.key)] ?? ''} onCommit={(v) => edit((m) => setCellNote(m, r, c, v))} />
      <NoteField key={`row-${row.key}`} label={t.rowNote(rowLabel)} value={matrix.rowNotes?.[row.key] ?? ''} onCommit={(v) => edit((m) => setRowNote(m, r, v))} />
    </div>
  );
}

function NoteField({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <label className="textfield note-field">
      <span className="select-label">{label}</span>
      <textarea className="textfield-input" rows={3} value={text} onChange={(e) => setText(e.target.value)} onBlur={() => text !== value && onCommit(text)} />
    </label>
  );
}
