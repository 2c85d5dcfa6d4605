import { getX1060Entry, isCategory, x1060Name } from './taxonomy-x1060';
import { getStakeholderType, type SectorGroup } from './stakeholders';

/**
 * A cell of a role matrix. Scores are 0–10 (decimals allowed).
 * - a number: the stated score (0 means "not involved", as does blank);
 * - null: blank, i.e. not involved (kept apart from an explicit 0 only so that files round-trip);
 * - 'unknown': the score is not known (NA, ?). Never counted as 0.
 */
export type Score = number | null | 'unknown';

export const MIN_SCORE = 0;
export const MAX_SCORE = 10;

/** A row of a matrix: an X.1060 category or service, or a custom row. */
export interface MatrixRow {
  /** The X.1060 id ("D", "D-2") or, for a custom row, "custom:" + its label. Unique in a matrix. */
  readonly key: string;
  /** The X.1060 id when the row is one. */
  readonly x1060Id?: string;
  /** The label as the source gave it (shown for custom rows, kept for provenance). */
  readonly label: string;
}

/** A column of a matrix: one stakeholder of the country. */
export interface Stakeholder {
  /** Unique in a matrix: the standard type id, or "custom:" + the folded name. */
  readonly key: string;
  /** The name as the source gave it. */
  readonly name: string;
  /** The standard stakeholder type, when the name was recognised. */
  readonly typeId?: string;
  readonly sector: SectorGroup;
}

/** Where a matrix's numbers come from. */
export interface Provenance {
  readonly source?: string;
  readonly date?: string;
  readonly notes?: string;
  readonly caveat?: string;
  readonly file?: string;
}

/** One country's division of roles: rows × stakeholders of scores. */
export interface RoleMatrix {
  /** Unique in a workspace. */
  readonly id: string;
  readonly country: string;
  readonly countryCode?: string;
  readonly rows: readonly MatrixRow[];
  readonly stakeholders: readonly Stakeholder[];
  /** cells[row][stakeholder]; same shape as rows × stakeholders. */
  readonly cells: readonly (readonly Score[])[];
  /** Optional note per cell, keyed `${rowKey}\u0000${stakeholderKey}`. */
  readonly notes?: Readonly<Record<string, string>>;
  /** Optional rationale or evidence per row (links allowed, shown as text), keyed by row key. */
  readonly rowNotes?: Readonly<Record<string, string>>;
  readonly provenance: Provenance;
  /** Bundled datasets are read-only; editing one makes a copy. */
  readonly bundled?: boolean;
  /** The ?data= URL the matrix was loaded from; such matrices are reloaded from it, not saved, until edited. */
  readonly linked?: string;
}

/** The number a score counts as in metrics: blank → 0, unknown → null (excluded, never 0). */
export function effectiveScore(s: Score): number | null {
  if (s === 'unknown') return null;
  return s ?? 0;
}

/** Whether a number is a valid score: finite, within 0–10. */
export function isValidScore(n: number): boolean {
  return Number.isFinite(n) && n >= MIN_SCORE && n <= MAX_SCORE;
}

/** The key of a row for an X.1060 id or a custom label. */
export function rowKeyFor(x1060Id: string | null | undefined, label: string): string {
  return x1060Id ? x1060Id : `custom:${label.trim()}`;
}

/** The note key of a cell. */
export function noteKey(rowKey: string, stakeholderKey: string): string {
  return `${rowKey}\u0000${stakeholderKey}`;
}

/** A row's display name in a language: X.1060 name for X.1060 rows, the given label otherwise. */
export function rowName(row: MatrixRow, lang: 'en' | 'ja'): string {
  return (row.x1060Id && x1060Name(row.x1060Id, lang)) || row.label;
}

/** A stakeholder's display name: the standard type's name in the language, else the given name. */
export function stakeholderName(s: Stakeholder, lang: 'en' | 'ja'): string {
  const t = s.typeId ? getStakeholderType(s.typeId) : undefined;
  if (!t) return s.name;
  return lang === 'ja' ? t.nameJa : t.nameEn;
}

/** Whether a matrix is scored per category, per service, or a mix (custom rows aside). */
export function granularityOf(m: RoleMatrix): 'category' | 'service' | 'mixed' | 'custom' {
  let cats = 0;
  let svcs = 0;
  for (const r of m.rows) {
    const e = r.x1060Id ? getX1060Entry(r.x1060Id) : undefined;
    if (!e) continue;
    if (isCategory(e)) cats++;
    else svcs++;
  }
  if (cats === 0 && svcs === 0) return 'custom';
  if (svcs === 0) return 'category';
  if (cats === 0) return 'service';
  return 'mixed';
}

/** "Japan", ["Japan"] → "Japan (2)": a name not yet taken. */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  if (!set.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!set.has(candidate)) return candidate;
  }
}

/** Counts of a matrix's cells by kind, for summaries. */
export function countCells(m: RoleMatrix): { scored: number; blank: number; unknown: number } {
  let scored = 0;
  let blank = 0;
  let unknown = 0;
  for (const row of m.cells) {
    for (const s of row) {
      if (s === 'unknown') unknown++;
      else if (s === null || s === 0) blank++;
      else scored++;
    }
  }
  return { scored, blank, unknown };
}
