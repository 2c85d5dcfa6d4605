import { getStakeholderType, foldName } from '../domain/stakeholders';
import { noteKey, rowKeyFor, type MatrixRow, type RoleMatrix, type Score, type Stakeholder } from '../domain/matrix';
import { readHeader, remapKey, x1060IdOfLabel, type HeaderRemap } from './header-names';

/** The key a stakeholder header is stored under, after the user's remap. */
export function stakeholderKeyOf(name: string, remap?: HeaderRemap): string {
  const as = readHeader(name, remap);
  return as === 'custom' || as === 'ignored' ? `custom:${foldName(name)}` : as;
}

/** The key of a row label: its X.1060 id, or "custom:" + the label. */
export function rowKeyOf(label: string): string {
  return rowKeyFor(x1060IdOfLabel(label), label);
}

/** Accumulates rows, stakeholders and cells in first-seen order. */
export class MatrixBuilder {
  private readonly rows: MatrixRow[] = [];
  private readonly rowIndex = new Map<string, number>();
  private readonly stakeholders: Stakeholder[] = [];
  private readonly colIndex = new Map<string, number>();
  // Cells keyed by row index × 2^16 + column index: numeric keys keep 150,000-line files fast.
  private readonly values = new Map<number, Score>();
  private readonly lines = new Map<number, number>();
  private readonly notes: Record<string, string> = {};
  private hasNotes = false;
  // Long files repeat the same few labels thousands of times: read each spelling once.
  private readonly rowKeyCache = new Map<string, string>();
  private readonly colKeyCache = new Map<string, string>();

  constructor(
    private readonly country: string,
    private readonly remap?: HeaderRemap,
  ) {}

  addRow(label: string): string {
    const cached = this.rowKeyCache.get(label);
    if (cached !== undefined) return cached;
    const id = x1060IdOfLabel(label);
    const key = rowKeyFor(id, label);
    if (!this.rowIndex.has(key)) {
      this.rowIndex.set(key, this.rows.length);
      this.rows.push(id ? { key, x1060Id: id, label } : { key, label });
    }
    this.rowKeyCache.set(label, key);
    return key;
  }

  addStakeholder(name: string): string {
    const cached = this.colKeyCache.get(name);
    if (cached !== undefined) return cached;
    const key = stakeholderKeyOf(name, this.remap);
    if (!this.colIndex.has(key)) {
      const t = key.startsWith('custom:') ? undefined : getStakeholderType(key);
      // A header the user re-mapped to a standard type takes that type's name, so exports re-import alike.
      const shown = t && this.remap?.[remapKey(name)] === t.id ? t.nameEn : name;
      this.colIndex.set(key, this.stakeholders.length);
      this.stakeholders.push(t ? { key, name: shown, typeId: t.id, sector: t.sector } : { key, name, sector: 'other' });
    }
    this.colKeyCache.set(name, key);
    return key;
  }

  private cellId(rowKey: string, colKey: string): number {
    return this.rowIndex.get(rowKey)! * 65536 + this.colIndex.get(colKey)!;
  }

  /** Sets a cell given on a line; returns the line it was already given on, and then keeps the first. */
  setOnce(rowKey: string, colKey: string, score: Score, line: number): number | undefined {
    const id = this.cellId(rowKey, colKey);
    const first = this.lines.get(id);
    if (first !== undefined) return first;
    this.lines.set(id, line);
    this.values.set(id, score);
    return undefined;
  }

  set(rowKey: string, colKey: string, score: Score): void {
    this.values.set(this.cellId(rowKey, colKey), score);
  }

  setNote(rowKey: string, colKey: string, note: string): void {
    this.notes[noteKey(rowKey, colKey)] = note;
    this.hasNotes = true;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  build(provenance: RoleMatrix['provenance']): RoleMatrix {
    const cells = this.rows.map((_, r) => this.stakeholders.map((_, c) => this.values.get(r * 65536 + c) ?? null));
    return {
      id: this.country,
      country: this.country,
      rows: this.rows,
      stakeholders: this.stakeholders,
      cells,
      ...(this.hasNotes ? { notes: this.notes } : {}),
      provenance,
    };
  }
}
