import { memo, useCallback, useState, type ReactNode } from 'react';
import {
  addRow,
  columnHasData,
  moveRow,
  moveStakeholder,
  removeRow,
  removeStakeholder,
  renameRow,
  renameStakeholder,
  rowHasData,
} from '../../domain/edit-ops';
import { rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { X1060_CATEGORIES, X1060_SERVICES } from '../../domain/taxonomy-x1060';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';
import { AddStakeholder, CUSTOM } from './AddStakeholder';
import type { GridCursor } from './grid-keys';
import { RenameField } from './RenameField';
import type { EditSelected } from './use-edit-selected';

interface PanelProps {
  /** The country drawn; its scores may be older than the store's (useWithoutScores). */
  readonly matrix: RoleMatrix;
  /** The country as it is now, scores included: whether a row or column holds any is asked of it. */
  readonly current: () => RoleMatrix | undefined;
  readonly fieldsKey: string;
  readonly edit: EditSelected;
  readonly cursor: GridCursor;
  /** Moves the cursor: after a move it follows the row or column moved, so Move again moves it again. */
  readonly onCursor: (to: (was: GridCursor) => GridCursor) => void;
}

type Guard = (name: string, hasData: boolean, run: () => void) => void;

/**
 * Adding, moving, renaming and removing the active row and column; removing data asks first. Custom
 * stakeholders are in sector 'other': the CSV has no sector column, so no other choice would last.
 */
export function StructurePanel(p: PanelProps) {
  const t = useMessages(editorMessages);
  const [confirm, setConfirm] = useState<{ name: string; run: () => void } | null>(null);
  const guard = useCallback<Guard>((name, hasData, run) => (hasData ? setConfirm({ name, run }) : run()), []);
  const { matrix, current, fieldsKey, edit, onCursor } = p;
  // Not the cursor: the row's tools are not drawn again as it moves sideways, nor the column's up and down.
  const tools: ToolsProps = { matrix, current, fieldsKey, edit, onCursor, guard };
  return (
    <div className="structure-panel">
      <AddColumn matrix={p.matrix} edit={p.edit} />
      <AddOneRow matrix={p.matrix} edit={p.edit} />
      {p.matrix.stakeholders[p.cursor.c] && <Column {...tools} c={p.cursor.c} />}
      {p.matrix.rows[p.cursor.r] && <Row {...tools} r={p.cursor.r} />}
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

/** What the tools of the active row or column share; each gets its own index besides. */
interface ToolsProps {
  readonly matrix: RoleMatrix;
  readonly current: PanelProps['current'];
  readonly fieldsKey: string;
  readonly edit: EditSelected;
  readonly onCursor: PanelProps['onCursor'];
  readonly guard: Guard;
}

// Drawn again only when the country changes, not as the cursor moves; the row's tools not when it
// moves sideways, the column's not when it moves up or down.
const AddColumn = memo(AddStakeholder);
const AddOneRow = memo(AddRow);
const Column = memo(ColumnTools);
const Row = memo(RowTools);

/** Adds an X.1060 row not yet in the matrix, or a custom one by label. */
function AddRow({ matrix, edit }: { matrix: RoleMatrix; edit: EditSelected }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const freeRows = [...X1060_CATEGORIES, ...X1060_SERVICES].filter((e) => !matrix.rows.some((r) => r.x1060Id === e.id));
  // A choice that was just added leaves the options: fall back to the first one still free.
  const [rowPick, setRowChoice] = useState<string>(freeRows[0]?.id ?? CUSTOM);
  const rowChoice =
    rowPick === CUSTOM || freeRows.some((e) => e.id === rowPick) ? rowPick : (freeRows[0]?.id ?? CUSTOM);
  const [customRow, setCustomRow] = useState('');
  return (
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
  );
}

/** What the tools of the active row or column need: its name, where it stands, and the edits on it. */
interface LineToolsProps {
  readonly name: string;
  readonly at: number;
  readonly count: number;
  readonly words: readonly [(name: string) => string, (name: string) => string];
  /** Moves it to `to`; the cursor goes with it, so that Move again moves it again. */
  readonly move: (to: number) => void;
  readonly remove: () => void;
  readonly rename: ReactNode;
}

/** Move back, move on, remove, and rename when it is custom: one row's or one column's tools. */
function LineTools({ name, at, count, words, move, remove, rename }: LineToolsProps) {
  const t = useMessages(editorMessages);
  return (
    <fieldset>
      <legend>{name}</legend>
      <Button isDisabled={at === 0} onPress={() => move(at - 1)}>
        {words[0](name)}
      </Button>
      <Button isDisabled={at >= count - 1} onPress={() => move(at + 1)}>
        {words[1](name)}
      </Button>
      <Button onPress={remove}>{t.remove(name)}</Button>
      {rename}
    </fieldset>
  );
}

/** The active column: move it left or right, rename a custom one, remove it. */
function ColumnTools({ matrix, current, fieldsKey, edit, onCursor, guard, c }: ToolsProps & { c: number }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const col = matrix.stakeholders[c]!;
  const name = stakeholderName(col, lang);
  return (
    <LineTools
      name={name}
      at={c}
      count={matrix.stakeholders.length}
      words={[t.moveLeft, t.moveRight]}
      move={(to) => edit((m) => moveStakeholder(m, c, to)) && onCursor((was) => ({ ...was, c: to, anchorC: to }))}
      remove={() => guard(name, columnHasData(current() ?? matrix, c), () => edit((m) => removeStakeholder(m, c)))}
      rename={
        // Keyed by position, not by the column's key: that follows the name as it is typed.
        !col.typeId && (
          <RenameField
            key={`${fieldsKey}-col-${c}`}
            name={col.name}
            nameIn={(m) => m.stakeholders[c]?.name}
            rename={(m, text) => renameStakeholder(m, c, text)}
            coalesce={`stakeholder:${c}`}
            edit={edit}
            needed={t.columnNeeded}
            kept={t.columnKept}
            label={t.renameColumn}
          />
        )
      }
    />
  );
}

/** The active row: move it up or down, rename a custom one, remove it. */
function RowTools({ matrix, current, fieldsKey, edit, onCursor, guard, r }: ToolsProps & { r: number }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const row = matrix.rows[r]!;
  const label = row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label;
  return (
    <LineTools
      name={label}
      at={r}
      count={matrix.rows.length}
      words={[t.moveUp, t.moveDown]}
      move={(to) => edit((m) => moveRow(m, r, to)) && onCursor((was) => ({ ...was, r: to, anchorR: to }))}
      remove={() => guard(label, rowHasData(current() ?? matrix, r), () => edit((m) => removeRow(m, r)))}
      rename={
        // Keyed by position, not by the row's key: that follows the label as it is typed.
        !row.x1060Id && (
          <RenameField
            key={`${fieldsKey}-${r}`}
            name={row.label}
            nameIn={(m) => m.rows[r]?.label}
            rename={(m, text) => renameRow(m, r, text)}
            coalesce={`label:${r}`}
            edit={edit}
            needed={t.labelNeeded}
            kept={t.labelKept}
            label={(n) => n}
          />
        )
      }
    />
  );
}
