// What marks a workbook this app exported, shared by its writer and its reader.

/** The Application this app writes in docProps/app.xml: its own workbooks are read back exactly. */
export const OWN_APPLICATION = 'X.1060 roles';
/** The sheets of this app's own workbook that are summaries, never countries. */
export const SUMMARY_SHEETS = ['metrics', 'sources'] as const;
/** The sheet of this app's own workbook in the long exchange format (the same countries again). */
export const LONG_SHEET = 'long';
/** The columns of the `sources` sheet this app writes, in order. */
export const SOURCES_HEADER = ['sheet', 'country', 'ISO code', 'source', 'date', 'notes', 'caveat', 'file'] as const;

/** The cells of a sheet, as much of them as says whose workbook it is. */
interface SourcesCells {
  readonly name: string;
  readonly cells: readonly { readonly row: number; readonly col: number; readonly text: string }[];
}

/**
 * Whether a workbook is this app's own export even when another program saved it since (LibreOffice and Excel
 * write their own name in docProps/app.xml): its `sources` sheet has this app's header and the line naming the
 * app ("app | X.1060 roles 0.1.0"), and the summaries and `long` sheet are beside it. Otherwise a re-saved
 * export was read as new countries: every country twice (its sheet and `long`) and "metrics" as a country.
 */
export function signedAsOwn(sheets: readonly SourcesCells[]): boolean {
  const names = new Set(sheets.map((s) => s.name));
  if (![...SUMMARY_SHEETS, LONG_SHEET].every((n) => names.has(n))) return false;
  const sources = sheets.find((s) => s.name === 'sources')!;
  const rows = new Map<number, string[]>();
  for (const c of sources.cells) {
    let r = rows.get(c.row);
    if (!r) rows.set(c.row, (r = []));
    r[c.col] = c.text.trim();
  }
  const header = rows.get(1) ?? [];
  if (!SOURCES_HEADER.every((h, i) => header[i] === h)) return false;
  return [...rows.values()].some((r) => r[0] === 'app' && (r[1] ?? '').startsWith(`${OWN_APPLICATION} `));
}
