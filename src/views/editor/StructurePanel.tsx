import { useId, useState } from 'react';
import {
  addRow,
  addStakeholder,
  columnHasData,
  moveRow,
  moveStakeholder,
  removeRow,
  removeStakeholder,
  renameRow,
} from '../../domain/edit-ops';
import { rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { STANDARD_STAKEHOLDERS } from '../../domain/stakeholders';
import { X1060_CATEGORIES, X1060_SERVICES } from '../../domain/taxonomy-x1060';
import { rowHasData } from '../../domain/edit-ops';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';
import type { GridCursor } from './grid-keys';
import type { EditSelected } from './EditorView';
import { useLiveText } from './use-live-text';

const CUSTOM = '__custom__';

/**
 * Adding, moving and removing the active row and column; removing data asks first. Custom
 * stakeholders are in sector 'other': the CSV has no sector column, so no other choice would last.
 */
export function StructurePanel({
  matrix,
  fieldsKey,
  edit,
  cursor,
}: {
  matrix: RoleMatrix;
  fieldsKey: string;
  edit: EditSelected;
  cursor: GridCursor;
}) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const [confirm, setConfirm] = useState<{ name: string; run: () => void } | null>(null);
  const freeRows = [...X1060_CATEGORIES, ...X1060_SERVICES].filter((e) => !matrix.rows.some((r) => r.x1060Id === e.id));
  // A choice that was just added leaves the options: fall back to the first one still free.
  const [rowPick, setRowChoice] = useState<string>(freeRows[0]?.id ?? CUSTOM);
  const rowChoice =
    rowPick === CUSTOM || freeRows.some((e) => e.id === rowPick) ? rowPick : (freeRows[0]?.id ?? CUSTOM);
  const [customRow, setCustomRow] = useState('');
  const row = matrix.rows[cursor.r];
  const col = matrix.stakeholders[cursor.c];
  const guard = (name: string, hasData: boolean, run: () => void) => (hasData ? setConfirm({ name, run }) : run());
  const colName = col ? stakeholderName(col, lang) : '';
  const rowLabel = row ? (row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label) : '';
  return (
    <div className="structure-panel">
      <AddStakeholder matrix={matrix} edit={edit} />
      <fieldset>
        <legend>{t.addRow}</legend>
        <Select
          label={t.rowChoice}
          value={rowChoice}
          onChange={setRowChoice}
          options={[
            ...freeRows.map((e) => ({ id: e.id, label: `${e.id} ${lang === 'ja' ? e.nameJa : e.nameEn}` })),
            { id: CUSTOM, label: t.customRow },
          ]}
        />
        {rowChoice === CUSTOM && (
          <label className="textfield">
            <span className="select-label">{t.customRowLabel}</span>
            <input className="textfield-input" value={customRow} onChange={(e) => setCustomRow(e.target.value)} />
          </label>
        )}
        <Button
          isDisabled={rowChoice === CUSTOM && customRow.trim() === ''}
          onPress={() => {
            if (edit((m) => addRow(m, rowChoice === CUSTOM ? customRow.trim() : rowChoice))) setCustomRow('');
          }}
        >
          {t.add}
        </Button>
      </fieldset>
      {col && (
        <fieldset>
          <legend>{colName}</legend>
          <Button isDisabled={cursor.c === 0} onPress={() => edit((m) => moveStakeholder(m, cursor.c, cursor.c - 1))}>
            {t.moveLeft(colName)}
          </Button>
          <Button
            isDisabled={cursor.c >= matrix.stakeholders.length - 1}
            onPress={() => edit((m) => moveStakeholder(m, cursor.c, cursor.c + 1))}
          >
            {t.moveRight(colName)}
          </Button>
          <Button
            onPress={() =>
              guard(colName, columnHasData(matrix, cursor.c), () => edit((m) => removeStakeholder(m, cursor.c)))
            }
          >
            {t.remove(colName)}
          </Button>
        </fieldset>
      )}
      {row && (
        <fieldset>
          <legend>{rowLabel}</legend>
          <Button isDisabled={cursor.r === 0} onPress={() => edit((m) => moveRow(m, cursor.r, cursor.r - 1))}>
            {t.moveUp(rowLabel)}
          </Button>
          <Button
            isDisabled={cursor.r >= matrix.rows.length - 1}
            onPress={() => edit((m) => moveRow(m, cursor.r, cursor.r + 1))}
          >
            {t.moveDown(rowLabel)}
          </Button>
          <Button
            onPress={() => guard(rowLabel, rowHasData(matrix, cursor.r), () => edit((m) => removeRow(m, cursor.r)))}
          >
            {t.remove(rowLabel)}
          </Button>
          {/* Keyed by position, not by the row's key: that follows the label as it is typed. */}
          {!row.x1060Id && <RenameRow key={`${fieldsKey}-${cursor.r}`} label={row.label} r={cursor.r} edit={edit} />}
        </fieldset>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={t.confirmRemoveTitle}
        message={confirm ? t.confirmRemove(confirm.name) : ''}
        confirmLabel={t.confirm}
        cancelLabel={t.cancel}
        onConfirm={() => {
          confirm?.run();
          setConfirm(null);
        }}
        onCancel={() => setConfirm(null)}
      />
    </div>
  );
}

/** Adds a stakeholder: a standard type not yet in the matrix, or a custom one by name. */
function AddStakeholder({ matrix, edit }: { matrix: RoleMatrix; edit: EditSelected }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const freeTypes = STANDARD_STAKEHOLDERS.filter((s) => !matrix.stakeholders.some((x) => x.key === s.id));
  // A type that was just added leaves the options: fall back to the first one still free.
  const [typePick, setType] = useState<string>(freeTypes[0]?.id ?? CUSTOM);
  const type =
    typePick === CUSTOM || freeTypes.some((s) => s.id === typePick) ? typePick : (freeTypes[0]?.id ?? CUSTOM);
  const [customName, setCustomName] = useState('');
  return (
    <fieldset>
      <legend>{t.addStakeholder}</legend>
      <Select
        label={t.standardType}
        value={type}
        onChange={setType}
        options={[
          ...freeTypes.map((s) => ({ id: s.id, label: lang === 'ja' ? s.nameJa : s.nameEn })),
          { id: CUSTOM, label: t.customType },
        ]}
      />
      {type === CUSTOM && (
        <label className="textfield">
          <span className="select-label">{t.customName}</span>
          <input className="textfield-input" value={customName} onChange={(e) => setCustomName(e.target.value)} />
        </label>
      )}
      <Button
        isDisabled={type === CUSTOM && customName.trim() === ''}
        onPress={() => {
          const std = freeTypes.find((s) => s.id === type);
          // A refused name stays in the field, to be corrected.
          if (
            edit((m) =>
              std ? addStakeholder(m, std.nameEn, { typeId: std.id }) : addStakeholder(m, customName.trim()),
            )
          )
            setCustomName('');
        }}
      >
        {t.add}
      </Button>
    </fieldset>
  );
}

/**
 * The label of a custom row, renamed as it is typed. A label the importer would read differently
 * (or an empty one) is not written: the row keeps the label it had when the field was entered, the
 * field says why beside it, and leaving the field then tells it in the alert region.
 */
function RenameRow({ label, r, edit }: { label: string; r: number; edit: EditSelected }) {
  const t = useMessages(editorMessages);
  const endEdits = useAppState((s) => s.endEdits);
  const announce = useAppState((s) => s.announce);
  const [refusal, setRefusal] = useState('');
  // The field keeps the name it had when it was entered: it is not renamed at every key typed in it.
  const [entered, setEntered] = useState<string | null>(null);
  const id = useId();
  const write = (text: string) => {
    setEntered((was) => was ?? label);
    let why = '';
    const coalesce = `label:${r}`;
    const renamed =
      text.trim() === ''
        ? undefined
        : edit((m) => renameRow(m, r, text), { coalesce, onRefused: (message) => (why = message) });
    // Back to the row as it was when the field was entered, which leaves no undo step (nothing to do when it is).
    const kept = renamed ?? edit((m, start) => (m.rows[r]?.label === start.rows[r]?.label ? m : start), { coalesce });
    setRefusal(why);
    return kept?.rows[r]?.label ?? label;
  };
  const { props, typed, onEnter } = useLiveText(label, write, () => {
    if (refusal && typed !== null) announce('', refusal);
    setRefusal('');
    setEntered(null);
    endEdits();
  });
  const hint =
    typed === null
      ? ''
      : typed.trim() === ''
        ? t.labelNeeded(label)
        : refusal
          ? `${refusal} ${t.labelKept(label)}`
          : '';
  return (
    <div className="textfield">
      <label className="select-label" htmlFor={id}>
        {entered ?? label}
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
