import { useId, useState } from 'react';
import type { RoleMatrix } from '../../domain/matrix';
import { useAppState } from '../../state/store-context';
import type { EditSelected } from './use-edit-selected';
import { useLiveText } from './use-live-text';

export interface RenameFieldProps {
  /** The name the row or column has now. */
  readonly name: string;
  /** The name it has in a matrix (to tell whether a refused rename left it as it was). */
  readonly nameIn: (m: RoleMatrix) => string | undefined;
  /** The rename as an edit; throws (EditRefusal) on a name the importer would read differently. */
  readonly rename: (m: RoleMatrix, text: string) => RoleMatrix;
  /** One undo step per visit of the field. */
  readonly coalesce: string;
  readonly edit: EditSelected;
  /** Said beside the field while it is empty, and after a refusal. */
  readonly needed: (kept: string) => string;
  readonly kept: (kept: string) => string;
  /** The field's label, from the name it had when it was entered. */
  readonly label: (name: string) => string;
}

/**
 * The name of a custom row or stakeholder, renamed as it is typed. A name the importer would read
 * differently, a taken one or an empty one is not written: the row or column keeps the name it had
 * when the field was entered, the field says why beside it, and leaving the field then tells it in
 * the alert region. One undo step for the whole visit.
 */
export function RenameField(p: RenameFieldProps) {
  const endEdits = useAppState((s) => s.endEdits);
  const announce = useAppState((s) => s.announce);
  const [refusal, setRefusal] = useState('');
  // The field keeps the name it had when it was entered: it is not renamed at every key typed in it.
  const [entered, setEntered] = useState<string | null>(null);
  const id = useId();
  const write = (text: string) => {
    setEntered((was) => was ?? p.name);
    let why = '';
    const { coalesce, edit } = p;
    const renamed =
      text.trim() === '' ? undefined : edit((m) => p.rename(m, text), { coalesce, onRefused: (m) => (why = m) });
    // Back to the name it had when the field was entered, which leaves no undo step (nothing to do when it is).
    const kept = renamed ?? edit((m, start) => (p.nameIn(m) === p.nameIn(start) ? m : start), { coalesce });
    setRefusal(why);
    return (kept && p.nameIn(kept)) ?? p.name;
  };
  const { props, typed, onEnter } = useLiveText(p.name, write, () => {
    if (refusal && typed !== null) announce('', refusal);
    setRefusal('');
    setEntered(null);
    endEdits();
  });
  const hint =
    typed === null ? '' : typed.trim() === '' ? p.needed(p.name) : refusal ? `${refusal} ${p.kept(p.name)}` : '';
  return (
    <div className="textfield">
      <label className="select-label" htmlFor={id}>
        {p.label(entered ?? p.name)}
      </label>
      <input
        id={id}
        className="textfield-input"
        {...props}
        aria-invalid={refusal !== ''}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
        onKeyDown={onEnter}
      />
      {hint && (
        <span id={`${id}-hint`} className="field-help">
          {hint}
        </span>
      )}
    </div>
  );
}
