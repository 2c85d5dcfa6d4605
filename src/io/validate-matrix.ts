import type { CountryVersion, VersionKind } from '../domain/versions';
import {
  isValidScore,
  type MatrixRow,
  type Provenance,
  type RoleMatrix,
  type Score,
  type Stakeholder,
} from '../domain/matrix';
import { getStakeholderType, SECTOR_GROUPS, type SectorGroup } from '../domain/stakeholders';
import { getX1060Entry } from '../domain/taxonomy-x1060';
import type { FaultParams, MatrixFaultReason } from '../domain/problem-codes';
import { faultMessages } from '../i18n/fault-messages';

/**
 * How large a saved or imported matrix may be. Names are far longer than any real one; the sizes
 * leave room for every service against thousands of stakeholders while refusing a file that would
 * freeze the page.
 */
export const MATRIX_LIMITS = {
  /**
   * Characters of a country name, ISO code, row label or stakeholder name: as long as a note, since
   * the importer and the editor take names of any length and saved work must always read back.
   */
  name: 100_000,
  /** Characters of an id, a row or stakeholder key or a type id (room for "custom:", "user:" and " (2)"). */
  key: 100_100,
  /** Characters of a cell note, a row note, a provenance field or a ?data= link. */
  text: 100_000,
  rows: 2_000,
  stakeholders: 20_000,
  /** rows × stakeholders of one matrix. */
  cells: 1_000_000,
  /** Countries in one workspace. */
  matrices: 10_000,
} as const;

export type { FaultParams, MatrixFaultReason } from '../domain/problem-codes';

/** A refused value: where it is (`matrices[0].rowNotes.A`) and why. */
export interface MatrixFault extends FaultParams {
  readonly path: string;
  readonly reason: MatrixFaultReason;
}

/** A fault as one English sentence: "matrices[0].rowNotes.A: expected text". */
export function describeFault(f: MatrixFault): string {
  return `${f.path}: ${faultMessages.en[f.reason](f)}`;
}

/** What checking a value gave: a matrix rebuilt from its known fields only, or the first fault. */
export type MatrixCheck = { readonly matrix: RoleMatrix } | { readonly error: string; readonly fault: MatrixFault };
/** What checking a list of matrices gave. */
export type MatrixListCheck =
  { readonly matrices: RoleMatrix[] } | { readonly error: string; readonly fault: MatrixFault };

/**
 * Checks every field of a RoleMatrix and rebuilds it from the known fields only, so that nothing
 * else (unknown keys, prototype tricks, objects where text belongs) reaches the views. Pure; never
 * throws; the error names the path of the first bad value ("matrices[0].cells[3][1]: score 12 is
 * outside 0–10"). `path` is where the value sits ("matrices[0]").
 */
export function validateMatrix(value: unknown, path: string): MatrixCheck {
  return guard(path, () => ({ matrix: readMatrix(value, path) }));
}

/** Checks a list of matrices as validateMatrix does, and that no two share an id. */
export function validateMatrixList(value: unknown, path: string): MatrixListCheck {
  return guard(path, () => {
    const list = readList(value, path, MATRIX_LIMITS.matrices);
    const ids = new Map<string, number>();
    const matrices = list.map((m, i) => {
      const matrix = readMatrix(m, idx(path, i));
      const first = ids.get(matrix.id);
      if (first !== undefined)
        refuse(at(idx(path, i), 'id'), 'repeated-id', { value: quote(matrix.id), other: at(idx(path, first), 'id') });
      ids.set(matrix.id, i);
      return matrix;
    });
    return { matrices };
  });
}

/** Thrown inside the reader to stop at the first fault; never leaves validateMatrix. */
class Refusal extends Error {
  constructor(readonly fault: MatrixFault) {
    super(fault.path);
  }
}

function guard<T extends object>(
  path: string,
  read: () => T,
): T | { readonly error: string; readonly fault: MatrixFault } {
  try {
    return read();
  } catch (e) {
    // Anything but a refusal (a getter that throws, a revoked proxy) is refused at the top.
    const fault: MatrixFault =
      e instanceof Refusal
        ? e.fault
        : { path, reason: 'unreadable', value: e instanceof Error ? e.message.slice(0, 200) : 'unexpected value' };
    return { error: describeFault(fault), fault };
  }
}

function refuse(path: string, reason: MatrixFaultReason, params: FaultParams = {}): never {
  throw new Refusal({ path, reason, ...params });
}

type Obj = Record<string, unknown>;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A key in a path: `.A` when it reads as a name, `["D-2"]` otherwise. */
function at(path: string, key: string): string {
  return IDENTIFIER.test(key) && key.length <= 60 ? `${path}.${key}` : `${path}[${quote(key)}]`;
}

function idx(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** A value as an error shows it: JSON, cut after 60 characters. */
function quote(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = typeof v;
  }
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

function isObj(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** An own field only: a missing "constructor" must not read as Object's. */
function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function readObject(v: unknown, path: string): Obj {
  if (!isObj(v)) refuse(path, 'expected-object');
  return v;
}

function readList(v: unknown, path: string, limit: number): readonly unknown[] {
  if (!Array.isArray(v)) refuse(path, 'expected-list');
  if (v.length > limit) refuse(path, 'too-many', { n: v.length, limit });
  return v;
}

function readText(v: unknown, path: string, limit: number, nonEmpty = false): string {
  if (typeof v !== 'string') refuse(path, 'expected-text');
  if (v.length > limit) refuse(path, 'too-long', { n: v.length, limit });
  if (nonEmpty && v.trim() === '') refuse(path, 'empty-text');
  return v;
}

function readOptText(v: unknown, path: string, limit: number): string | undefined {
  return v === undefined ? undefined : readText(v, path, limit);
}

function readKey(v: unknown, path: string): string {
  const key = readText(v, path, MATRIX_LIMITS.key, true);
  // A note's key joins a row key and a stakeholder key with U+0000: neither may hold one.
  if (key.includes('\u0000')) refuse(path, 'nul-in-key');
  return key;
}

function readMatrix(value: unknown, path: string): RoleMatrix {
  const m = readObject(value, path);
  const id = readKey(own(m, 'id'), at(path, 'id'));
  const country = readText(own(m, 'country'), at(path, 'country'), MATRIX_LIMITS.name, true);
  const countryCode = readOptText(own(m, 'countryCode'), at(path, 'countryCode'), MATRIX_LIMITS.name);
  const rows = readRows(own(m, 'rows'), at(path, 'rows'));
  const stakeholders = readStakeholders(own(m, 'stakeholders'), at(path, 'stakeholders'));
  const cells = readCells(own(m, 'cells'), at(path, 'cells'), rows.length, stakeholders.length);
  const notes = readCellNotes(own(m, 'notes'), at(path, 'notes'), rows, stakeholders);
  const rowNotes = readRowNotes(own(m, 'rowNotes'), at(path, 'rowNotes'), rows);
  const provenance = readProvenance(own(m, 'provenance'), at(path, 'provenance'));
  const bundled = own(m, 'bundled');
  if (bundled !== undefined && typeof bundled !== 'boolean') refuse(at(path, 'bundled'), 'expected-boolean');
  const linked = readOptText(own(m, 'linked'), at(path, 'linked'), MATRIX_LIMITS.text);
  return {
    id,
    country,
    ...(countryCode !== undefined ? { countryCode } : {}),
    rows,
    stakeholders,
    cells,
    ...(notes ? { notes } : {}),
    ...(rowNotes ? { rowNotes } : {}),
    provenance,
    ...(bundled !== undefined ? { bundled } : {}),
    ...(linked !== undefined ? { linked } : {}),
  };
}

function readRows(v: unknown, path: string): MatrixRow[] {
  const seen = new Map<string, number>();
  return readList(v, path, MATRIX_LIMITS.rows).map((r, i): MatrixRow => {
    const p = idx(path, i);
    const o = readObject(r, p);
    const key = readKey(own(o, 'key'), at(p, 'key'));
    const x1060Id = readOptText(own(o, 'x1060Id'), at(p, 'x1060Id'), MATRIX_LIMITS.key);
    const label = readText(own(o, 'label'), at(p, 'label'), MATRIX_LIMITS.name);
    if (x1060Id !== undefined) {
      if (!getX1060Entry(x1060Id)) refuse(at(p, 'x1060Id'), 'unknown-x1060', { value: quote(x1060Id) });
      if (key !== x1060Id) refuse(at(p, 'key'), 'row-key-mismatch', { value: quote(key), other: quote(x1060Id) });
    } else if (!key.startsWith('custom:')) refuse(at(p, 'key'), 'custom-row-key', { value: quote(key) });
    const first = seen.get(key);
    if (first !== undefined) refuse(at(p, 'key'), 'repeated-key', { value: quote(key), other: idx(path, first) });
    seen.set(key, i);
    return x1060Id !== undefined ? { key, x1060Id, label } : { key, label };
  });
}

function readStakeholders(v: unknown, path: string): Stakeholder[] {
  const seen = new Map<string, number>();
  return readList(v, path, MATRIX_LIMITS.stakeholders).map((s, i): Stakeholder => {
    const p = idx(path, i);
    const o = readObject(s, p);
    const key = readKey(own(o, 'key'), at(p, 'key'));
    const name = readText(own(o, 'name'), at(p, 'name'), MATRIX_LIMITS.name);
    const typeId = readOptText(own(o, 'typeId'), at(p, 'typeId'), MATRIX_LIMITS.key);
    const sector = own(o, 'sector');
    if (!(SECTOR_GROUPS as readonly unknown[]).includes(sector))
      refuse(at(p, 'sector'), 'unknown-sector', { value: quote(sector), other: SECTOR_GROUPS.join(', ') });
    if (typeId !== undefined) {
      if (!getStakeholderType(typeId)) refuse(at(p, 'typeId'), 'unknown-type', { value: quote(typeId) });
      if (key !== typeId) refuse(at(p, 'key'), 'stakeholder-key-mismatch', { value: quote(key), other: quote(typeId) });
    } else if (!key.startsWith('custom:')) refuse(at(p, 'key'), 'custom-stakeholder-key', { value: quote(key) });
    const first = seen.get(key);
    if (first !== undefined) refuse(at(p, 'key'), 'repeated-key', { value: quote(key), other: idx(path, first) });
    seen.set(key, i);
    return typeId !== undefined
      ? { key, name, typeId, sector: sector as SectorGroup }
      : { key, name, sector: sector as SectorGroup };
  });
}

function readCells(v: unknown, path: string, rows: number, cols: number): Score[][] {
  if (rows * cols > MATRIX_LIMITS.cells) refuse(path, 'too-many-cells', { n: rows * cols, limit: MATRIX_LIMITS.cells });
  if (!Array.isArray(v)) refuse(path, 'expected-list');
  if (v.length !== rows) refuse(path, 'wrong-row-count', { n: v.length, limit: rows });
  const out: Score[][] = new Array<Score[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row: unknown = v[r];
    const p = idx(path, r);
    if (!Array.isArray(row)) refuse(p, 'expected-list');
    if (row.length !== cols) refuse(p, 'wrong-cell-count', { n: row.length, limit: cols });
    const scores: Score[] = new Array<Score>(cols);
    for (let c = 0; c < cols; c++) {
      const s: unknown = row[c];
      if (s === null || s === 'unknown') scores[c] = s;
      else if (typeof s === 'number' && Number.isFinite(s)) {
        if (!isValidScore(s)) refuse(idx(p, c), 'out-of-range', { value: String(s) });
        scores[c] = s;
      } else refuse(idx(p, c), 'not-a-score', { value: typeof s === 'number' ? String(s) : quote(s) });
    }
    out[r] = scores;
  }
  return out;
}

/** The entries of a string → string record; undefined when absent. */
function readTextRecord(
  v: unknown,
  path: string,
  checkKey: (key: string, path: string) => void,
): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  const o = readObject(v, path);
  const entries: [string, string][] = [];
  for (const key of Object.keys(o)) {
    const p = at(path, key);
    checkKey(key, p);
    entries.push([key, readText(o[key], p, MATRIX_LIMITS.text)]);
  }
  // fromEntries defines each key as an own field: "__proto__" could never set a prototype.
  return Object.fromEntries(entries);
}

function readCellNotes(
  v: unknown,
  path: string,
  rows: readonly MatrixRow[],
  stakeholders: readonly Stakeholder[],
): Record<string, string> | undefined {
  const rowKeys = new Set(rows.map((r) => r.key));
  const colKeys = new Set(stakeholders.map((s) => s.key));
  return readTextRecord(v, path, (key, p) => {
    const cut = key.indexOf('\u0000');
    // Keys hold no U+0000, so the first one splits a note key unambiguously.
    if (cut < 0 || !rowKeys.has(key.slice(0, cut)) || !colKeys.has(key.slice(cut + 1)))
      refuse(p, 'unknown-cell', { value: quote(key) });
  });
}

function readRowNotes(v: unknown, path: string, rows: readonly MatrixRow[]): Record<string, string> | undefined {
  const rowKeys = new Set(rows.map((r) => r.key));
  return readTextRecord(v, path, (key, p) => {
    if (!rowKeys.has(key)) refuse(p, 'unknown-row', { value: quote(key) });
  });
}

const PROVENANCE_FIELDS = ['source', 'date', 'notes', 'caveat', 'file'] as const;

function readProvenance(v: unknown, path: string): Provenance {
  const o = readObject(v, path);
  const out: { -readonly [K in keyof Provenance]: string } = {};
  for (const field of PROVENANCE_FIELDS) {
    const text = readOptText(own(o, field), at(path, field), MATRIX_LIMITS.text);
    if (text !== undefined) out[field] = text;
  }
  return out;
}

/** Checks a version of a country (History) and rebuilds it from its known fields. */
export function validateVersion(
  value: unknown,
  path: string,
): { readonly version: CountryVersion } | { readonly error: string; readonly fault: MatrixFault } {
  const v = value as Partial<CountryVersion> | null;
  const failed = (where: string, reason: MatrixFaultReason, params: FaultParams = {}) => {
    const fault: MatrixFault = { path: where, reason, ...params };
    return { error: describeFault(fault), fault };
  };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return failed(path, 'expected-version');
  const text = (x: unknown, max: number) => typeof x === 'string' && x.length > 0 && x.length <= max;
  if (!text(v.id, MATRIX_LIMITS.key)) return failed(`${path}.id`, 'expected-text');
  if (!text(v.countryId, MATRIX_LIMITS.key)) return failed(`${path}.countryId`, 'expected-text');
  if (!text(v.at, 64) || Number.isNaN(Date.parse(v.at!))) return failed(`${path}.at`, 'expected-date');
  if (!VERSION_KINDS.includes(v.kind as VersionKind))
    return failed(`${path}.kind`, 'expected-kind', { value: VERSION_KINDS.join(', ') });
  if (v.name !== undefined && !text(v.name, MATRIX_LIMITS.name)) return failed(`${path}.name`, 'expected-text');
  const m = validateMatrix(v.matrix, `${path}.matrix`);
  if ('error' in m) return m;
  return {
    version: {
      id: v.id!,
      countryId: v.countryId!,
      kind: v.kind!,
      at: v.at!,
      ...(v.name !== undefined ? { name: v.name } : {}),
      matrix: m.matrix,
    },
  };
}

const VERSION_KINDS: readonly VersionKind[] = ['before-import', 'before-remove', 'before-restore', 'named'];
