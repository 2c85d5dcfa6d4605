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

/**
 * How labels read, shared by the builders of one file: a long file names the same 64 services
 * and dozen stakeholders in every country, and reading a label (X.1060 id, name folding) costs
 * far more than looking it up. The matrices of one file share their row and stakeholder objects
 * (matrices are never changed in place), so that 200 countries cost 64 rows, not 12,800, in
 * memory and when they are posted from the import worker.
 */
export class LabelReadings {
  private readonly rowsByLabel = new Map<string, MatrixRow>();
  private readonly stakeholdersByName = new Map<string, Stakeholder>();

  constructor(readonly remap?: HeaderRemap) {}

  /** The row a label names (its key is its X.1060 id, or "custom:" + the label). */
  row(label: string): MatrixRow {
    let r = this.rowsByLabel.get(label);
    if (!r) {
      const id = x1060IdOfLabel(label);
      const key = rowKeyFor(id, label);
      this.rowsByLabel.set(label, (r = id ? { key, x1060Id: id, label } : { key, label }));
    }
    return r;
  }

  /** The stakeholder a header names, after the user's remap. */
  stakeholder(name: string): Stakeholder {
    let s = this.stakeholdersByName.get(name);
    if (!s) {
      const key = stakeholderKeyOf(name, this.remap);
      const t = key.startsWith('custom:') ? undefined : getStakeholderType(key);
      // A header the user re-mapped to a standard type takes that type's name, so exports re-import alike.
      const shown = t && this.remap?.[remapKey(name)] === t.id ? t.nameEn : name;
      this.stakeholdersByName.set(
        name,
        (s = t ? { key, name: shown, typeId: t.id, sector: t.sector } : { key, name, sector: 'other' }),
      );
    }
    return s;
  }
}

/**
 * Accumulates one country's rows, stakeholders and cells in first-seen order. Rows and columns
 * are addressed by the index addRow / addStakeholder return; cells live in one array per row, so
 * a 150,000-line file costs a few array writes per line and little garbage.
 */
export class MatrixBuilder {
  private readonly rows: MatrixRow[] = [];
  private readonly rowIndex = new Map<string, number>();
  private readonly stakeholders: Stakeholder[] = [];
  private readonly colIndex = new Map<string, number>();
  // cells[r][c]: undefined until given; lines[r][c]: the line it was first given on.
  private readonly cells: Score[][] = [];
  private readonly lines: number[][] = [];
  private readonly notes: Record<string, string> = {};
  private hasNotes = false;
  private readonly rowByLabel = new Map<string, number>();
  private readonly colByName = new Map<string, number>();
  private readonly readings: LabelReadings;

  constructor(
    private readonly country: string,
    remapOrReadings?: HeaderRemap | LabelReadings,
  ) {
    this.readings = remapOrReadings instanceof LabelReadings ? remapOrReadings : new LabelReadings(remapOrReadings);
  }

  /** Adds a row by its label (or finds the row it names) and returns its index. */
  addRow(label: string): number {
    const cached = this.rowByLabel.get(label);
    if (cached !== undefined) return cached;
    const row = this.readings.row(label);
    let index = this.rowIndex.get(row.key);
    if (index === undefined) {
      index = this.rows.length;
      this.rowIndex.set(row.key, index);
      this.rows.push(row);
      this.cells.push([]);
      this.lines.push([]);
    }
    this.rowByLabel.set(label, index);
    return index;
  }

  /** Adds a stakeholder by its header (or finds the one it names) and returns its index. */
  addStakeholder(name: string): number {
    const cached = this.colByName.get(name);
    if (cached !== undefined) return cached;
    const stakeholder = this.readings.stakeholder(name);
    let index = this.colIndex.get(stakeholder.key);
    if (index === undefined) {
      index = this.stakeholders.length;
      this.colIndex.set(stakeholder.key, index);
      this.stakeholders.push(stakeholder);
    }
    this.colByName.set(name, index);
    return index;
  }

  /** Sets a cell given on a line; returns the line it was already given on, and then keeps the first. */
  setOnce(row: number, col: number, score: Score, line: number): number | undefined {
    const given = this.lines[row]!;
    const first = given[col];
    if (first !== undefined) return first;
    given[col] = line;
    this.cells[row]![col] = score;
    return undefined;
  }

  set(row: number, col: number, score: Score): void {
    this.cells[row]![col] = score;
  }

  setNote(row: number, col: number, note: string): void {
    this.notes[noteKey(this.rows[row]!.key, this.stakeholders[col]!.key)] = note;
    this.hasNotes = true;
  }

  /** Calls back for each cell never given (setOnce), which build() makes blank. */
  forEachUnlisted(f: (row: number, col: number) => void): void {
    const width = this.stakeholders.length;
    this.lines.forEach((given, r) => {
      for (let c = 0; c < width; c++) if (given[c] === undefined) f(r, c);
    });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  build(provenance: RoleMatrix['provenance']): RoleMatrix {
    const width = this.stakeholders.length;
    const cells = this.cells.map((given) => {
      const row = new Array<Score>(width);
      for (let c = 0; c < width; c++) row[c] = given[c] ?? null;
      return row;
    });
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
