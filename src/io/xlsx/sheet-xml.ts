// One worksheet's cells, merged ranges and comments, as text with their Excel addresses.
import { decodeEscapes, RichText, WORKBOOK_LIMITS, WorkbookError } from './workbook-parts';
import { scanXml } from './xml-scan';

/** What a cell holds: a number, text, a percentage, a formula error, or a formula with no stored value. */
export type CellKind = 'number' | 'text' | 'percent' | 'error' | 'no-value';

/** One cell with a value; `col` is 0-based (A = 0), `row` 1-based as Excel numbers rows. */
export interface SheetCell {
  readonly row: number;
  readonly col: number;
  /** The value as text: numbers as plain decimals (15 significant digits, as Excel shows them). */
  readonly text: string;
  readonly kind: CellKind;
  /** The formula, for a formula cell. */
  readonly formula?: string;
}

/** A merged range, 0-based columns and 1-based rows, inclusive. */
export interface CellRange {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** A cell address: "D7" → { row: 7, col: 3 }. */
export function parseAddress(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}

/** A range "B1:D1" (or one cell). */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const p = parseAddress(a ?? '');
  const q = parseAddress(b ?? '');
  return p && q ? { r1: p.row, c1: p.col, r2: q.row, c2: q.col } : undefined;
}

/** How many cells all sheets read so far hold: the workbook's cap is on the sum. */
export interface CellBudget {
  used: number;
}

/** What reading one sheet needs from the workbook. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly percentStyles: ReadonlySet<number>;
  readonly budget: CellBudget;
}

/** Plain decimal text of a number, rounded to 15 significant digits as Excel shows it (0.1 + 0.2 → "0.3"). */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** The cells and merged ranges of a worksheet part. */
export function readSheetXml(xml: string, ctx: SheetContext): { cells: SheetCell[]; merges: CellRange[] } {
  const cells: SheetCell[] = [];
  const merges: CellRange[] = [];
  const rich = new RichText();
  let row = 0;
  let col = -1;
  let cell: { row: number; col: number; t: string; s: number } | undefined;
  let value: string | undefined;
  let formula: string | undefined;
  let into: 'v' | 'f' | 'is' | undefined;
  const finish = () => {
    if (!cell) return;
    const kind = kindOf(cell.t, cell.s, value, formula, ctx);
    const text = kind === 'no-value' ? '' : textOf(cell.t, value ?? '', ctx.strings, kind);
    if (text !== '' || kind === 'no-value') {
      if (++ctx.budget.used > WORKBOOK_LIMITS.cells)
        throw new WorkbookError('too-many-cells', { limit: WORKBOOK_LIMITS.cells });
      cells.push({ row: cell.row, col: cell.col, text, kind, ...(formula !== undefined ? { formula } : {}) });
    }
    cell = undefined;
  };
  scanXml(xml, {
    open: (name, a, empty) => {
      if (name === 'row') {
        row = a.r ? Number(a.r) : row + 1;
        col = -1;
      } else if (name === 'c') {
        const at = a.r ? parseAddress(a.r) : undefined;
        if (at) row = at.row;
        col = at ? at.col : col + 1;
        cell = { row, col, t: a.t ?? 'n', s: Number(a.s ?? 0) };
        value = formula = undefined;
        if (empty) finish();
      } else if (name === 'v' && cell) {
        into = 'v';
        value = '';
      } else if (name === 'f' && cell) {
        into = 'f';
        formula = '';
      } else if (name === 'is' && cell) {
        into = 'is';
        value = '';
      } else if (into === 'is') rich.open(name, empty);
      else if (name === 'mergeCell' && a.ref) {
        const r = parseRange(a.ref);
        if (r) merges.push(r);
      }
    },
    close: (name) => {
      if (name === 'c') finish();
      else if (name === 'is' && into === 'is') {
        value = rich.take();
        into = undefined;
      } else if (into === 'is') rich.close(name);
      else if (name === 'v' || name === 'f') into = undefined;
    },
    text: (t) => {
      if (into === 'v') value += t;
      else if (into === 'f') formula += t;
      else if (into === 'is') rich.text(t);
    },
  });
  return { cells, merges };
}

function kindOf(
  t: string,
  s: number,
  value: string | undefined,
  formula: string | undefined,
  ctx: SheetContext,
): CellKind {
  if (formula !== undefined && value === undefined) return 'no-value';
  if (t === 'e') return 'error';
  if (t === 's' || t === 'str' || t === 'inlineStr' || t === 'b' || t === 'd') return 'text';
  return ctx.percentStyles.has(s) ? 'percent' : 'number';
}

function textOf(t: string, value: string, strings: readonly string[], kind: CellKind): string {
  if (t === 's') return strings[Number(value)] ?? '';
  // Inline rich text was decoded as it was read.
  if (t === 'inlineStr') return value;
  if (t === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (kind === 'text' || kind === 'error') return decodeEscapes(value);
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return value;
  // A percentage is shown as Excel shows it ("75%"): the score readers then refuse it, naming the cell.
  return kind === 'percent' ? `${numberText(n * 100)}%` : numberText(n);
}

/**
 * The notes of a sheet: legacy comments ("notes" in Excel 365) and threaded comments, by address.
 * A threaded comment and its replies are one note (one line each); Excel's legacy copy of a
 * threaded comment is then left out, and a legacy note's "Author:" first line is removed.
 */
export function readComments(legacyXml: string | undefined, threadedXml: string | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  if (threadedXml) {
    const rich = new RichText();
    let ref: string | undefined;
    scanXml(threadedXml, {
      open: (name, a) => {
        if (name === 'threadedComment') ref = a.ref;
        else if (name === 'text') rich.open('t', false);
      },
      close: (name) => {
        if (name === 'text') rich.close('t');
        if (name !== 'threadedComment' || !ref) return;
        const t = rich.take().trim();
        const had = notes.get(ref);
        notes.set(ref, had === undefined ? t : `${had}\n${t}`);
      },
      text: (t) => rich.text(t),
    });
  }
  if (!legacyXml) return notes;
  const authors: string[] = [];
  const rich = new RichText();
  let ref: string | undefined;
  let author = '';
  let inAuthor = false;
  scanXml(legacyXml, {
    open: (name, a, empty) => {
      if (name === 'author') inAuthor = !empty;
      else if (name === 'comment') {
        ref = a.ref;
        author = authors[Number(a.authorId ?? -1)] ?? '';
      } else rich.open(name, empty);
    },
    close: (name) => {
      if (name === 'author') {
        authors.push(rich.take());
        inAuthor = false;
      } else if (name === 'comment') {
        const text = rich.take();
        const prefix = `${author}:\n`;
        if (ref && !notes.has(ref))
          notes.set(ref, author && text.startsWith(prefix) ? text.slice(prefix.length) : text);
      } else rich.close(name);
    },
    text: (t) => {
      if (inAuthor) rich.open('t', false);
      rich.text(t);
      if (inAuthor) rich.close('t');
    },
  });
  return notes;
}
