// Editing operations on a role matrix. Each returns a new matrix and shares every row it did not
// touch, so a one-cell edit replaces one row array and views re-render one row.
import {
  isValidScore,
  noteKey,
  rowKeyFor,
  type MatrixRow,
  type Provenance,
  type RoleMatrix,
  type Score,
  type Stakeholder,
} from './matrix';
import { CATEGORY_IDS, X1060_CATEGORIES, X1060_SERVICES, x1060IdOfLabel } from './taxonomy-x1060';
import { STANDARD_STAKEHOLDERS, foldName, matchStakeholderType } from './stakeholders';

/** A rectangle of cells, inclusive, in row/column indices. */
export interface CellRange {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Why an edit was refused; the editor shows a translated message for each. */
export type EditRefusalReason =
  'empty-name' | 'row-reads-as-x1060' | 'row-taken' | 'stakeholder-is-standard' | 'stakeholder-taken';

const ENGLISH: Record<EditRefusalReason, (subject: string, other: string) => string> = {
  'empty-name': () => 'empty name',
  'row-reads-as-x1060': (s, id) => `custom row label reads as X.1060 ${id}: ${s}`,
  'row-taken': (s) => `row already in the matrix: ${s}`,
  'stakeholder-is-standard': (s, id) => `custom stakeholder name is the standard type ${id}: ${s}`,
  'stakeholder-taken': (s) => `stakeholder already in the matrix: ${s}`,
};

/**
 * An edit refused because its result would not survive Export CSV → Import. `subject` is the
 * name asked for; `other` is what it clashes with (an X.1060 id, a standard type id, an existing name).
 */
export class EditRefusal extends Error {
  constructor(
    readonly reason: EditRefusalReason,
    readonly subject: string,
    readonly other = '',
  ) {
    super(ENGLISH[reason](subject, other));
    this.name = 'EditRefusal';
  }
}

/**
 * Refuses a custom row label the importer would read differently: one that begins with an X.1060
 * id or equals an X.1060 name (it would come back as that row), or folds equal to another row's
 * label (the two would merge). `except` is the row being renamed.
 */
export function checkCustomRowLabel(m: RoleMatrix, label: string, except = -1): void {
  const text = label.trim();
  if (text === '') throw new EditRefusal('empty-name', label);
  const id = x1060IdOfLabel(text);
  if (id) throw new EditRefusal('row-reads-as-x1060', text, id);
  const folded = foldName(text);
  const clash = m.rows.find((r, i) => i !== except && foldName(r.label) === folded);
  if (clash) throw new EditRefusal('row-taken', text, clash.label);
}

/**
 * Refuses a custom stakeholder name the importer would read differently: a standard type's name or
 * alias ("Police" is LE/Justice), or one that folds equal to another column's name. `except` is
 * the column being renamed.
 */
export function checkCustomStakeholderName(m: RoleMatrix, name: string, except = -1): void {
  const text = name.trim();
  if (text === '') throw new EditRefusal('empty-name', name);
  const type = matchStakeholderType(text);
  if (type) throw new EditRefusal('stakeholder-is-standard', text, type.id);
  const folded = foldName(text);
  const clash = m.stakeholders.find(
    (s, i) => i !== except && (foldName(s.name) === folded || s.key === `custom:${folded}`),
  );
  if (clash) throw new EditRefusal('stakeholder-taken', text, clash.name);
}

/** Scores that may be stored: 0–10, blank (null) or unknown. Anything else is refused. */
export function isStorableScore(s: Score): boolean {
  return s === null || s === 'unknown' || (typeof s === 'number' && isValidScore(s));
}

function assertScore(s: Score): void {
  if (!isStorableScore(s)) throw new RangeError(`invalid score: ${String(s)}`);
}

/** Sets one cell. */
export function setCell(m: RoleMatrix, r: number, c: number, score: Score): RoleMatrix {
  return setCells(m, r, c, [[score]]);
}

/**
 * Writes a block of scores with its top-left at (r, c), as a paste does; the part of the block
 * that falls outside the matrix is ignored. Throws on an invalid score: nothing is written then.
 */
export function setCells(m: RoleMatrix, r: number, c: number, block: readonly (readonly Score[])[]): RoleMatrix {
  block.forEach((row) => row.forEach(assertScore));
  const cells = m.cells.map((row, i) => {
    const b = block[i - r];
    if (!b) return row;
    const next = [...row];
    b.forEach((s, j) => {
      if (c + j < next.length) next[c + j] = s;
    });
    return next;
  });
  return { ...m, cells };
}

/** Sets every cell of a range to one score (fill), or to blank (clear). */
export function fillRange(m: RoleMatrix, range: CellRange, score: Score): RoleMatrix {
  const { r0, r1, c0, c1 } = normalise(range);
  return setCells(
    m,
    r0,
    c0,
    Array.from({ length: r1 - r0 + 1 }, () => Array.from({ length: c1 - c0 + 1 }, () => score)),
  );
}

/** A range with r0 ≤ r1 and c0 ≤ c1. */
export function normalise(range: CellRange): CellRange {
  return {
    r0: Math.min(range.r0, range.r1),
    r1: Math.max(range.r0, range.r1),
    c0: Math.min(range.c0, range.c1),
    c1: Math.max(range.c0, range.c1),
  };
}

/** Whether a row or column holds any score or unknown (removing it would lose data). */
export function rowHasData(m: RoleMatrix, r: number): boolean {
  return (m.cells[r] ?? []).some((s) => s !== null);
}

/** Whether a stakeholder's column holds any score or unknown. */
export function columnHasData(m: RoleMatrix, c: number): boolean {
  return m.cells.some((row) => row[c] !== null && row[c] !== undefined);
}

/**
 * Adds a stakeholder column (all blank) at `index` (default: at the end): a standard type, or a
 * custom stakeholder in sector 'other' (the CSV has no sector, so that is what an import gives).
 * Throws an EditRefusal for a duplicate, or a custom name the importer would read as a standard type.
 */
export function addStakeholder(
  m: RoleMatrix,
  name: string,
  options: { typeId?: string; index?: number } = {},
): RoleMatrix {
  const type = options.typeId ? STANDARD_STAKEHOLDERS.find((t) => t.id === options.typeId) : undefined;
  if (type && m.stakeholders.some((s) => s.key === type.id))
    throw new EditRefusal('stakeholder-taken', name || type.nameEn, type.nameEn);
  if (!type) checkCustomStakeholderName(m, name);
  const s: Stakeholder = type
    ? { key: type.id, name: name || type.nameEn, typeId: type.id, sector: type.sector }
    : { key: `custom:${foldName(name)}`, name: name.trim(), sector: 'other' };
  const at = options.index ?? m.stakeholders.length;
  return { ...m, stakeholders: insert(m.stakeholders, at, s), cells: m.cells.map((row) => insert(row, at, null)) };
}

/**
 * Renames a custom stakeholder; standard ones keep their names. The key follows the name, as an
 * import would make it, and the column's notes move with it.
 */
export function renameStakeholder(m: RoleMatrix, c: number, name: string): RoleMatrix {
  const old = m.stakeholders[c];
  if (!old || old.typeId) return m;
  checkCustomStakeholderName(m, name, c);
  const key = `custom:${foldName(name)}`;
  const notes =
    m.notes &&
    rekeyNotes(
      m.notes,
      (k) => k.endsWith(`\u0000${old.key}`),
      (k) => `${k.slice(0, -old.key.length)}${key}`,
    );
  return {
    ...m,
    stakeholders: m.stakeholders.map((s, i) => (i === c ? { ...s, key, name: name.trim() } : s)),
    ...(notes ? { notes } : {}),
  };
}

/** Moves a stakeholder column from one position to another. */
export function moveStakeholder(m: RoleMatrix, from: number, to: number): RoleMatrix {
  return { ...m, stakeholders: move(m.stakeholders, from, to), cells: m.cells.map((row) => move(row, from, to)) };
}

/** Removes a stakeholder column and its cell notes. */
export function removeStakeholder(m: RoleMatrix, c: number): RoleMatrix {
  const key = m.stakeholders[c]?.key;
  const notes =
    m.notes && key ? Object.fromEntries(Object.entries(m.notes).filter(([k]) => !k.endsWith(`\u0000${key}`))) : m.notes;
  return {
    ...m,
    stakeholders: m.stakeholders.filter((_, i) => i !== c),
    cells: m.cells.map((row) => row.filter((_, i) => i !== c)),
    ...(notes ? { notes } : {}),
  };
}

/**
 * Adds a row (all blank) for an X.1060 id or a custom label at `index` (default: the end). Throws an
 * EditRefusal for a row already there, or a custom label the importer would read differently.
 */
export function addRow(m: RoleMatrix, idOrLabel: string, index?: number): RoleMatrix {
  const isId = X1060_SERVICES.some((s) => s.id === idOrLabel) || X1060_CATEGORIES.some((c) => c.id === idOrLabel);
  if (isId && m.rows.some((r) => r.x1060Id === idOrLabel)) throw new EditRefusal('row-taken', idOrLabel, idOrLabel);
  if (!isId) checkCustomRowLabel(m, idOrLabel);
  const label = idOrLabel.trim();
  const row: MatrixRow = isId ? { key: idOrLabel, x1060Id: idOrLabel, label } : { key: rowKeyFor(null, label), label };
  const at = index ?? m.rows.length;
  return {
    ...m,
    rows: insert(m.rows, at, row),
    cells: insert(
      m.cells,
      at,
      m.stakeholders.map((): Score => null),
    ),
  };
}

/**
 * Renames a custom row; X.1060 rows keep their standard names. The key follows the label, as an
 * import would make it, and the row's notes move with it. Throws an EditRefusal as addRow does.
 */
export function renameRow(m: RoleMatrix, r: number, label: string): RoleMatrix {
  const old = m.rows[r];
  if (!old || old.x1060Id) return m;
  checkCustomRowLabel(m, label, r);
  const key = rowKeyFor(null, label);
  const notes =
    m.notes &&
    rekeyNotes(
      m.notes,
      (k) => k.startsWith(`${old.key}\u0000`),
      (k) => `${key}${k.slice(old.key.length)}`,
    );
  const rowNotes =
    m.rowNotes &&
    rekeyNotes(
      m.rowNotes,
      (k) => k === old.key,
      () => key,
    );
  return {
    ...m,
    rows: m.rows.map((x, i) => (i === r ? { ...x, key, label: label.trim() } : x)),
    ...(notes ? { notes } : {}),
    ...(rowNotes ? { rowNotes } : {}),
  };
}

/** Moves a row from one position to another. */
export function moveRow(m: RoleMatrix, from: number, to: number): RoleMatrix {
  return { ...m, rows: move(m.rows, from, to), cells: move(m.cells, from, to) };
}

/** Removes a row with its notes. */
export function removeRow(m: RoleMatrix, r: number): RoleMatrix {
  const key = m.rows[r]?.key;
  const notes =
    m.notes && key
      ? Object.fromEntries(Object.entries(m.notes).filter(([k]) => !k.startsWith(`${key}\u0000`)))
      : m.notes;
  const rowNotes =
    m.rowNotes && key ? Object.fromEntries(Object.entries(m.rowNotes).filter(([k]) => k !== key)) : m.rowNotes;
  return {
    ...m,
    rows: m.rows.filter((_, i) => i !== r),
    cells: m.cells.filter((_, i) => i !== r),
    ...(notes ? { notes } : {}),
    ...(rowNotes ? { rowNotes } : {}),
  };
}

/** Sets or (with empty text) removes the note of a cell. */
export function setCellNote(m: RoleMatrix, r: number, c: number, text: string): RoleMatrix {
  const row = m.rows[r];
  const col = m.stakeholders[c];
  if (!row || !col) return m;
  const notes = { ...(m.notes ?? {}) };
  // Trimmed because the CSV reader trims cells: what is stored is what comes back.
  if (text.trim() === '') delete notes[noteKey(row.key, col.key)];
  else notes[noteKey(row.key, col.key)] = text.trim();
  return { ...m, notes };
}

/** Sets or (with empty text) removes the rationale/evidence note of a row. */
export function setRowNote(m: RoleMatrix, r: number, text: string): RoleMatrix {
  const row = m.rows[r];
  if (!row) return m;
  const rowNotes = { ...(m.rowNotes ?? {}) };
  if (text.trim() === '') delete rowNotes[row.key];
  else rowNotes[row.key] = text;
  return { ...m, rowNotes };
}

/** Changes the country's name, ISO code or provenance. */
export function updateDetails(
  m: RoleMatrix,
  patch: { country?: string; countryCode?: string; provenance?: Partial<Provenance> },
): RoleMatrix {
  return {
    ...m,
    ...(patch.country !== undefined ? { country: patch.country } : {}),
    ...(patch.countryCode !== undefined ? { countryCode: patch.countryCode.toUpperCase() } : {}),
    ...(patch.provenance ? { provenance: { ...m.provenance, ...patch.provenance } } : {}),
  };
}

/** A new, empty matrix from the X.1060 template: all 64 services, or the 9 categories, × the ten standard stakeholders. */
export function createFromTemplate(country: string, template: 'services' | 'categories'): RoleMatrix {
  const ids = template === 'services' ? X1060_SERVICES.map((s) => s.id) : [...CATEGORY_IDS];
  const stakeholders: Stakeholder[] = STANDARD_STAKEHOLDERS.map((t) => ({
    key: t.id,
    name: t.nameEn,
    typeId: t.id,
    sector: t.sector,
  }));
  return {
    id: country,
    country,
    rows: ids.map((id) => ({ key: id, x1060Id: id, label: id })),
    stakeholders,
    cells: ids.map(() => stakeholders.map((): Score => null)),
    provenance: { date: '', source: '', notes: '' },
  };
}

/** A copy of a matrix that can be edited: never bundled, provenance noting what it was copied from. */
export function duplicateMatrix(m: RoleMatrix, country: string): RoleMatrix {
  const { bundled: _bundled, ...rest } = m;
  const from = m.provenance.source
    ? ` Copied from ${m.country} (${m.provenance.source}).`
    : ` Copied from ${m.country}.`;
  return {
    ...rest,
    id: country,
    country,
    provenance: { ...m.provenance, notes: `${m.provenance.notes ?? ''}${from}`.trim() },
  };
}

function rekeyNotes(
  notes: Readonly<Record<string, string>>,
  match: (k: string) => boolean,
  rename: (k: string) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(notes).map(([k, v]) => [match(k) ? rename(k) : k, v]));
}

function insert<T>(xs: readonly T[], at: number, x: T): T[] {
  const i = Math.max(0, Math.min(at, xs.length));
  return [...xs.slice(0, i), x, ...xs.slice(i)];
}

function move<T>(xs: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= xs.length) return [...xs];
  const next = [...xs];
  const [x] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, x!);
  return next;
}
