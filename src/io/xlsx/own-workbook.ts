// What marks a workbook this app exported, shared by its writer and its reader.

/** The Application this app writes in docProps/app.xml: its own workbooks are read back exactly. */
export const OWN_APPLICATION = 'X.1060 roles';
/** The sheets of this app's own workbook that are summaries, never countries. */
export const SUMMARY_SHEETS = ['metrics', 'sources'] as const;
/** The sheet of this app's own workbook in the long exchange format (the same countries again). */
export const LONG_SHEET = 'long';
/** The columns of the `sources` sheet this app writes, in order. */
export const SOURCES_HEADER = ['sheet', 'country', 'ISO code', 'source', 'date', 'notes', 'caveat', 'file'] as const;
