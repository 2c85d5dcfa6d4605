// SpreadsheetML written by hand: text escaped for XML and for Excel's own "_xHHHH_" escapes (so
// every character reads back), cells as numbers or inline text (never a formula), a style per
// fill colour, frozen panes, column widths, and notes (comments with their VML shapes, which
// Excel needs to show them).
import { columnLetter } from '../import-types';

/** A cell to write: a number, text (written as text, whatever it starts with), or only a style. */
export interface CellOut {
  readonly value?: string | number;
  /** Index into the workbook's cellXfs (StyleTable). */
  readonly style?: number;
}

/** One sheet to write. */
export interface SheetOut {
  readonly name: string;
  readonly rows: readonly (readonly CellOut[])[];
  /** Frozen columns and rows (the labels and the header). */
  readonly frozen?: { readonly cols: number; readonly rows: number };
  /** Column widths, in characters. */
  readonly widths: readonly number[];
  /** Notes by 0-based row and column. */
  readonly notes: readonly { readonly row: number; readonly col: number; readonly text: string }[];
}

/** XML-escapes text, and writes as Excel's "_xHHHH_" what XML cannot hold (control characters, CR) or would be read as one. */
export function escapeText(s: string): string {
  // Most cells need none of it: one test instead of three replacements.
  // eslint-disable-next-line no-control-regex
  if (!/[&<>"_\u0000-\u001f\ufffe\uffff]/.test(s)) return s;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

/** XML-escapes an attribute's value (a sheet's name), without Excel's "_xHHHH_" escapes, which attributes do not use. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The address of a 0-based cell: (6, 3) → "D7". */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col + 1)}${row + 1}`;
}

/** A cell's XML: numbers as <v>, text inline (t="inlineStr"), never a formula. */
function cellXml(cell: CellOut, row: number, col: number): string {
  const s = cell.style ? ` s="${cell.style}"` : '';
  const r = cellRef(row, col);
  if (typeof cell.value === 'number') return `<c r="${r}"${s}><v>${cell.value}</v></c>`;
  if (cell.value === undefined || cell.value === '') return s ? `<c r="${r}"${s}/>` : '';
  return `<c r="${r}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(cell.value)}</t></is></c>`;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A worksheet part; `legacyDrawing` names the relationship of its notes' VML shapes. */
export function sheetXml(sheet: SheetOut, legacyDrawing?: string): string {
  const pane = sheet.frozen
    ? `<pane${sheet.frozen.cols ? ` xSplit="${sheet.frozen.cols}"` : ''}${sheet.frozen.rows ? ` ySplit="${sheet.frozen.rows}"` : ''} topLeftCell="${cellRef(sheet.frozen.rows, sheet.frozen.cols)}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>`
    : '';
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const rows = sheet.rows
    .map((row, r) => `<row r="${r + 1}">${row.map((c, col) => cellXml(c, r, col)).join('')}</row>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    // Printed (or saved as PDF) a sheet fits the page's width, in landscape.
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `${legacyDrawing ? `<legacyDrawing r:id="${legacyDrawing}"/>` : ''}</worksheet>`
  );
}

/** A comments part. */
export function commentsXml(notes: SheetOut['notes'], author: string): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${cellRef(n.row, n.col)}" authorId="0"><text><r><t xml:space="preserve">${escapeText(n.text)}</t></r></text></comment>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>${escapeText(author)}</author></authors><commentList>${list}</commentList></comments>`;
}

/** The VML shapes Excel draws a sheet's notes with (hidden until the cell is pointed at). */
export function notesVml(notes: SheetOut['notes'], sheetIndex: number): string {
  const shapes = notes
    .map(
      (n, i) =>
        `<v:shape id="_x0000_s${(sheetIndex + 1) * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
        `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 4}, 15, ${n.row + 4}, 16</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`,
    )
    .join('');
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetIndex + 1}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`
  );
}

/**
 * The workbook's cell styles: 0 plain, 1 bold heading, 2 wrapped text, then one per fill and text
 * colour pair, made as they are asked for.
 */
export class StyleTable {
  private readonly fills: string[] = [];
  private readonly fonts: string[] = [];
  private readonly xfs: { fill: number; font: number }[] = [];
  private readonly byPair = new Map<string, number>();

  /** The style of a cell filled with `fill` and written in `text` (both "#rrggbb"). */
  filled(fill: string, text: string): number {
    const key = `${fill}/${text}`;
    let s = this.byPair.get(key);
    if (s !== undefined) return s;
    const fillAt = indexOf(this.fills, hex(fill)) + 2;
    const fontAt = indexOf(this.fonts, hex(text)) + 2;
    this.xfs.push({ fill: fillAt, font: fontAt });
    s = this.xfs.length + 2;
    this.byPair.set(key, s);
    return s;
  }

  /** styles.xml. */
  xml(): string {
    const font = (inner: string) => `<font>${inner}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    const fonts = [font(''), font('<b/>'), ...this.fonts.map((c) => font(`<color rgb="FF${c}"/>`))];
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...this.fills.map(
        (c) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${c}"/><bgColor indexed="64"/></patternFill></fill>`,
      ),
    ];
    const xf = (font: number, fill: number, extra = '') =>
      `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${extra}`;
    const xfs = [
      `${xf(0, 0)}/>`,
      `${xf(1, 0)}/>`,
      `${xf(0, 0, ' applyAlignment="1"')}><alignment vertical="top" wrapText="1"/></xf>`,
      ...this.xfs.map((x) => `${xf(x.font, x.fill, ' applyAlignment="1"')}><alignment horizontal="center"/></xf>`),
    ];
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
    );
  }
}

/** The styles every workbook has: plain, bold heading, wrapped text. */
export const STYLE = { plain: 0, heading: 1, wrapped: 2 } as const;

function indexOf(list: string[], v: string): number {
  const i = list.indexOf(v);
  if (i >= 0) return i;
  list.push(v);
  return list.length - 1;
}

/** "#1f77b4" or "rgb(31, 119, 180)" → "1F77B4". */
function hex(color: string): string {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (rgb)
    return rgb
      .slice(1, 4)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  const h = color.replace('#', '');
  return (h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6)).toUpperCase();
}
