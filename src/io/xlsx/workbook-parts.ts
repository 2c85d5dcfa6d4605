// The parts of a workbook around its sheets: where each part is (relationships), the sheets in
// order with their visibility, the shared strings and which cell styles are percentages.
import { WorkbookRefused } from './refusal';
import { scanXml } from './xml-scan';

/** The caps on what one workbook may hold, beyond the zip's own (ZIP_LIMITS). */
export const WORKBOOK_LIMITS = {
  /** Sheets in one workbook. */
  sheets: 1_000,
  /** Entries of the shared-strings table. */
  sharedStrings: 1_000_000,
  /** Cells with a value, over all sheets. */
  cells: 2_000_000,
} as const;

/** A workbook that breaks a cap or is not a workbook: refused whole, with the reason. */
export class WorkbookError extends WorkbookRefused {}

/** Excel's escape of characters XML cannot hold: "_x000D_" → CR. */
export function decodeEscapes(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A part's relationships (rId → target part, and its type), targets resolved against the part's folder. */
export function readRels(xml: string | undefined, partPath: string): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  if (!xml) return rels;
  const folder = partPath.slice(0, partPath.lastIndexOf('/') + 1);
  scanXml(xml, {
    open: (name, a) => {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      rels.set(a.Id, { target: resolvePart(folder, a.Target), type: a.Type ?? '' });
    },
  });
  return rels;
}

/** The relationships file of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** Its part, e.g. "xl/worksheets/sheet1.xml"; undefined for a chart sheet or a missing one. */
  readonly part: string | undefined;
}

/** The sheets of workbook.xml in order, with their parts. */
export function readSheetList(xml: string, rels: Map<string, { target: string; type: string }>): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  scanXml(xml, {
    open: (name, a) => {
      if (name !== 'sheet') return;
      if (sheets.length >= WORKBOOK_LIMITS.sheets)
        throw new WorkbookError('too-many-sheets', { limit: WORKBOOK_LIMITS.sheets });
      const rel = a.id ? rels.get(a.id) : undefined;
      const isWorksheet = rel?.type.endsWith('/worksheet') ?? false;
      sheets.push({
        name: a.name ?? `Sheet${sheets.length + 1}`,
        hidden: a.state === 'hidden' || a.state === 'veryHidden',
        part: isWorksheet ? rel!.target : undefined,
      });
    },
  });
  return sheets;
}

/**
 * The rich text of an `<si>`, `<is>` or comment `<text>`: its runs' text joined, phonetic guides
 * (`<rPh>`, the furigana Japanese Excel stores) left out.
 */
export class RichText {
  private depthInPhonetic = 0;
  private inT = false;
  private parts: string[] = [];

  open(name: string, empty: boolean): void {
    if (name === 'rPh' && !empty) this.depthInPhonetic++;
    else if (name === 't' && !empty) this.inT = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.depthInPhonetic--;
    else if (name === 't') this.inT = false;
  }

  text(t: string): void {
    if (this.inT && this.depthInPhonetic === 0) this.parts.push(t);
  }

  /** The text gathered since the last take, escapes decoded. */
  take(): string {
    const s = decodeEscapes(this.parts.join(''));
    this.parts = [];
    return s;
  }
}

/** The shared-strings table. */
export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  const rich = new RichText();
  scanXml(xml, {
    open: (name, _a, empty) => {
      if (name === 'si' && strings.length >= WORKBOOK_LIMITS.sharedStrings)
        throw new WorkbookError('too-many-strings', { limit: WORKBOOK_LIMITS.sharedStrings });
      if (name === 'si' && empty) strings.push('');
      else rich.open(name, empty);
    },
    close: (name) => {
      if (name === 'si') strings.push(rich.take());
      else rich.close(name);
    },
    text: (t) => rich.text(t),
  });
  return strings;
}

// Excel's built-in percentage formats (0%, 0.00%).
const PERCENT_IDS = new Set([9, 10]);

/** Which cell styles (index of cellXfs) show a percentage. */
export function readPercentStyles(xml: string | undefined): Set<number> {
  const percent = new Set<number>();
  if (!xml) return percent;
  const percentFormats = new Set(PERCENT_IDS);
  let inCellXfs = false;
  let xf = 0;
  scanXml(xml, {
    open: (name, a, empty) => {
      if (name === 'numFmt' && a.formatCode && /%/.test(a.formatCode.replace(/"[^"]*"|\\./g, '')))
        percentFormats.add(Number(a.numFmtId));
      else if (name === 'cellXfs') inCellXfs = !empty;
      else if (name === 'xf' && inCellXfs) {
        if (percentFormats.has(Number(a.numFmtId ?? 0))) percent.add(xf);
        xf++;
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return percent;
}
