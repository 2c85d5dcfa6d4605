// What a workbook carries beyond a sheet's scores, put back on the matrix the CSV reader built:
// notes (comments) on their cells, rationales on their rows, and — in this app's own workbooks —
// each country's provenance from the `sources` sheet.
import { noteKey, type Provenance, type RoleMatrix } from '../../domain/matrix';
import type { HeaderRemap } from '../header-names';
import type { HeaderReading, ImportProblem } from '../import-types';
import { rowKeyOf, stakeholderKeyOf } from '../matrix-builder';
import { problem } from '../problems';
import { readTextCell } from '../score-text';
import type { SheetGrid } from './sheet-grid';
import { parseAddress } from './sheet-xml';
import type { WorkbookSheet } from './workbook-read';

/** A country's line of the `sources` sheet. */
export interface SourceLine {
  readonly country: string;
  readonly countryCode?: string;
  readonly provenance: Provenance;
}

/** The `sources` sheet of this app's own workbook, by sheet name. */
export function readSourcesSheet(sheet: WorkbookSheet | undefined): Map<string, SourceLine> {
  const out = new Map<string, SourceLine>();
  if (!sheet) return out;
  const rows = new Map<number, string[]>();
  for (const c of sheet.cells) {
    let r = rows.get(c.row);
    if (!r) rows.set(c.row, (r = []));
    r[c.col] = c.text;
  }
  for (let n = 2; rows.get(n)?.[0]; n++) {
    const [name = '', country = '', iso, source, date, notes, caveat, file] = rows.get(n)!;
    const fields = { source, date, notes, caveat, file };
    const provenance = Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) as Provenance;
    out.set(name, { country: country || name, ...(iso ? { countryCode: iso } : {}), provenance });
  }
  return out;
}

/** Where a wide sheet's rows and columns are in its matrix. */
export interface WideLayout {
  readonly sheetGrid: SheetGrid;
  readonly labelCol: number;
  readonly headers: readonly HeaderReading[];
  readonly guarded: boolean;
  readonly remap: HeaderRemap | undefined;
  /** The row number of the stakeholders' names; rows up to it (titles, the heading) hold no score cells. */
  readonly headerLine: number | undefined;
}

/** The row key of a sheet row (by its number), as the wide reader keyed it. */
export function rowKeyAtLine(layout: WideLayout, line: number): string | undefined {
  const { grid } = layout.sheetGrid;
  const i = grid.lines.indexOf(line);
  const label = i < 0 ? '' : readTextCell(grid.rows[i]![layout.labelCol] ?? '', layout.guarded);
  return label === '' ? undefined : rowKeyOf(label);
}

/**
 * The matrix with the sheet's notes on their cells and rationales on their rows; a note on no score
 * cell (a title, a heading) joins the country's notes, with a warning naming its cell.
 */
export function withSheetDetails(
  m: RoleMatrix,
  sheet: WorkbookSheet,
  layout: WideLayout,
  problems: ImportProblem[],
  source: SourceLine | undefined,
): RoleMatrix {
  const rowKeys = new Set(m.rows.map((r) => r.key));
  const stakeholderKeys = new Set(m.stakeholders.map((s) => s.key));
  const stakeholderAt = new Map<number, string>();
  for (const h of layout.headers)
    if (h.column !== undefined) stakeholderAt.set(h.column - 1, stakeholderKeyOf(h.name, layout.remap));
  const notes: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [address, text] of sheet.comments) {
    const at = parseAddress(address);
    const rk = at && rowKeyAtLine(layout, at.row);
    const sk = at && stakeholderAt.get(at.col);
    if (rk && sk && rowKeys.has(rk) && stakeholderKeys.has(sk)) notes[noteKey(rk, sk)] = text;
    else {
      unplaced.push(`${address}: ${text}`);
      const where = at ? { line: at.row, column: at.col } : {};
      problems.push(problem('warning', 'xlsx-unplaced-note', where, { cell: address }));
    }
  }
  const rowNotes: Record<string, string> = {};
  for (const [line, text] of layout.sheetGrid.rationales) {
    const rk = rowKeyAtLine(layout, line);
    const t = readTextCell(text, layout.guarded);
    if (rk && rowKeys.has(rk) && t !== '') rowNotes[rk] = t;
  }
  const provenance: Provenance = source
    ? source.provenance
    : unplaced.length > 0
      ? { ...m.provenance, notes: [m.provenance.notes, ...unplaced].filter(Boolean).join('\n') }
      : m.provenance;
  return {
    ...m,
    ...(source ? { country: source.country } : {}),
    ...(source?.countryCode ? { countryCode: source.countryCode } : {}),
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
    ...(Object.keys(rowNotes).length > 0 ? { rowNotes } : {}),
    provenance,
  };
}
