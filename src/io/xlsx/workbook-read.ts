// Opens a workbook (.xlsx) and reads every sheet's cells, merged ranges and notes, within the caps
// of ZIP_LIMITS and WORKBOOK_LIMITS. Formulas are read by their cached values; links to other
// workbooks are never followed.
import {
  readPercentStyles,
  readRels,
  readSharedStrings,
  readSheetList,
  relsPath,
  WorkbookError,
} from './workbook-parts';
import { readComments, readSheetXml, type CellBudget, type CellRange, type SheetCell } from './sheet-xml';
import { ZipReader } from './zip-read';

/** One sheet as read. */
export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Cells with a value (or a formula without one), in document order. */
  readonly cells: readonly SheetCell[];
  readonly merges: readonly CellRange[];
  /** Notes by address ("D7"). */
  readonly comments: ReadonlyMap<string, string>;
  /** False for a chart sheet or a sheet whose part is missing. */
  readonly worksheet: boolean;
}

/** A workbook as read: its sheets, what generated it, and the other workbooks it links to. */
export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  /** docProps/app.xml's Application ("Microsoft Excel", "X.1060 roles" …). */
  readonly application: string;
  /** How many links to other workbooks it has (never followed: their cached values are read). */
  readonly externalLinks: number;
}

/** Reads a workbook's bytes. Throws ZipError, XmlError or WorkbookError when it cannot be read. */
export function readWorkbook(bytes: Uint8Array): Workbook {
  const zip = new ZipReader(bytes);
  const root = readRels(zip.text('_rels/.rels'), '');
  const officeDoc = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = zip.text(officeDoc);
  if (workbookXml === undefined) throw new WorkbookError('not-workbook');
  const rels = readRels(zip.text(relsPath(officeDoc)), officeDoc);
  const partOf = (kind: string) => [...rels.values()].find((r) => r.type.endsWith(kind))?.target;
  const stylesPart = partOf('/styles');
  const stringsPart = partOf('/sharedStrings');
  const strings = readSharedStrings(stringsPart && zip.text(stringsPart));
  const percentStyles = readPercentStyles(stylesPart && zip.text(stylesPart));
  const budget: CellBudget = { used: 0 };
  const sheets = readSheetList(workbookXml, rels).map((entry): WorkbookSheet => {
    const xml = entry.part && zip.text(entry.part);
    if (!entry.part || xml === undefined)
      return { name: entry.name, hidden: entry.hidden, cells: [], merges: [], comments: new Map(), worksheet: false };
    const { cells, merges } = readSheetXml(xml, { strings, percentStyles, budget });
    const sheetRels = readRels(zip.text(relsPath(entry.part)), entry.part);
    const part = (kind: string) => {
      const target = [...sheetRels.values()].find((r) => r.type.endsWith(kind))?.target;
      return target && zip.text(target);
    };
    const comments = readComments(part('/comments'), part('/threadedComment'));
    return { name: entry.name, hidden: entry.hidden, cells, merges, comments, worksheet: true };
  });
  const app = /<(?:\w+:)?Application>([^<]{0,200})</.exec(zip.text('docProps/app.xml') ?? '')?.[1] ?? '';
  const externalLinks = zip.names().filter((n) => /^xl\/externallinks\/[^/]+\.xml$/.test(n)).length;
  return { sheets, application: app.trim(), externalLinks };
}
