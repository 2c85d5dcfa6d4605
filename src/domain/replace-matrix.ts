import type { Provenance, RoleMatrix } from './matrix';

/**
 * What an incoming file says about a country besides its rows, stakeholders and scores. A field it
 * carries is taken from it as it is (its absence included); one it cannot carry is kept from the
 * loaded country being replaced.
 */
export interface CarriedFields {
  /** Cell notes (a JSON workspace; a long CSV with a `note` column). */
  readonly cellNotes: boolean;
  /** Row rationales, ISO code and provenance (source, date, notes, caveat): a JSON workspace only. */
  readonly details: boolean;
}

/** A single field of a country that a replacement can keep or drop. */
export type DetailField = 'countryCode' | 'source' | 'date' | 'notes' | 'caveat';

/** Provenance fields a replacement keeps or drops (`file` always names the incoming file). */
const PROVENANCE_FIELDS = ['source', 'date', 'notes', 'caveat'] as const satisfies readonly (keyof Provenance &
  DetailField)[];

/** What a replacement keeps from the loaded country, and what of it is lost. */
export interface ReplacementReport {
  /** Kept because the incoming file cannot carry them: row rationales and cell notes counted, single fields named. */
  readonly kept: { readonly rowNotes: number; readonly cellNotes: number; readonly fields: readonly DetailField[] };
  /**
   * Lost: row rationales (the rows' ids or labels) and cell notes the result does not have, and
   * fields the incoming file carries but leaves empty.
   */
  readonly dropped: {
    readonly rows: readonly string[];
    readonly cellNotes: number;
    readonly fields: readonly DetailField[];
  };
}

/** The matrix that replaces a loaded one, and what it kept and dropped of it. */
export interface Replacement {
  readonly matrix: RoleMatrix;
  readonly report: ReplacementReport;
}

const has = (v: string | undefined): v is string => v !== undefined && v !== '';

/**
 * The incoming matrix as it replaces `existing` (under existing's id): its rows, stakeholders and
 * scores; the notes and details its file carries; and, for what its file cannot carry, existing's
 * — row rationales and cell notes only for rows and cells the incoming matrix still has.
 */
export function replaceMatrix(existing: RoleMatrix, incoming: RoleMatrix, carried: CarriedFields): Replacement {
  const rowKeys = new Set(incoming.rows.map((r) => r.key));
  const stakeholderKeys = new Set(incoming.stakeholders.map((s) => s.key));
  const rowName = new Map(existing.rows.map((r) => [r.key, r.x1060Id ?? r.label]));

  // A note key is `${rowKey}\u0000${stakeholderKey}` (noteKey); row keys hold no NUL.
  const hasCell = (k: string) => {
    const at = k.indexOf('\u0000');
    return rowKeys.has(k.slice(0, at)) && stakeholderKeys.has(k.slice(at + 1));
  };
  // Cell notes: the file's when it carries them, else the loaded ones of cells that remain.
  const oldNotes = existing.notes ?? {};
  let notes: Readonly<Record<string, string>>;
  let keptCellNotes = 0;
  let droppedCellNotes = 0;
  // A re-import of the same table keeps every note as it is, shared, without looking at each (a
  // workspace of 200 countries whose every cell has a note holds 150,000).
  const keepsEveryCell =
    existing.rows.every((r) => rowKeys.has(r.key)) && existing.stakeholders.every((x) => stakeholderKeys.has(x.key));
  if (!carried.cellNotes && keepsEveryCell && !incoming.notes) {
    notes = oldNotes;
    keptCellNotes = Object.keys(oldNotes).length;
  } else {
    const merged: Record<string, string> = carried.cellNotes ? { ...(incoming.notes ?? {}) } : {};
    for (const [k, text] of Object.entries(oldNotes)) {
      if (k in merged) continue;
      if (!carried.cellNotes && hasCell(k)) {
        merged[k] = text;
        keptCellNotes++;
      } else droppedCellNotes++;
    }
    if (!carried.cellNotes) Object.assign(merged, incoming.notes);
    notes = merged;
  }

  // Row rationales, ISO code and provenance: likewise, with the file's values first.
  const oldRowNotes = existing.rowNotes ?? {};
  const rowNotes: Record<string, string> = carried.details ? { ...(incoming.rowNotes ?? {}) } : {};
  let keptRowNotes = 0;
  const droppedRows: string[] = [];
  for (const [k, text] of Object.entries(oldRowNotes)) {
    if (k in rowNotes || text.trim() === '') continue;
    if (!carried.details && rowKeys.has(k)) {
      rowNotes[k] = text;
      keptRowNotes++;
    } else droppedRows.push(rowName.get(k) ?? k.replace(/^custom:/, ''));
  }
  if (!carried.details) Object.assign(rowNotes, incoming.rowNotes);

  const keptFields: DetailField[] = [];
  const droppedFields: DetailField[] = [];
  const provenance: Record<string, string> = { ...incoming.provenance };
  for (const f of PROVENANCE_FIELDS) {
    if (!has(existing.provenance[f]) || has(incoming.provenance[f])) continue;
    if (carried.details) droppedFields.push(f);
    else {
      provenance[f] = existing.provenance[f];
      keptFields.push(f);
    }
  }
  let countryCode = incoming.countryCode;
  if (has(existing.countryCode) && !has(incoming.countryCode)) {
    if (carried.details) droppedFields.unshift('countryCode');
    else {
      countryCode = existing.countryCode;
      keptFields.unshift('countryCode');
    }
  }

  const { notes: _n, rowNotes: _r, countryCode: _c, ...rest } = incoming;
  const matrix: RoleMatrix = {
    ...rest,
    id: existing.id,
    ...(countryCode !== undefined ? { countryCode } : {}),
    ...(Object.keys(notes).length > 0 || incoming.notes ? { notes } : {}),
    ...(Object.keys(rowNotes).length > 0 || incoming.rowNotes ? { rowNotes } : {}),
    provenance,
  };
  return {
    matrix,
    report: {
      kept: { rowNotes: keptRowNotes, cellNotes: keptCellNotes, fields: keptFields },
      dropped: { rows: droppedRows, cellNotes: droppedCellNotes, fields: droppedFields },
    },
  };
}

/** Whether a replacement keeps anything of the loaded country. */
export function keepsAnything(r: ReplacementReport): boolean {
  return r.kept.rowNotes > 0 || r.kept.cellNotes > 0 || r.kept.fields.length > 0;
}

/** Whether a replacement loses anything the loaded country had. */
export function dropsAnything(r: ReplacementReport): boolean {
  return r.dropped.rows.length > 0 || r.dropped.cellNotes > 0 || r.dropped.fields.length > 0;
}
