// Each problem an import can find, in English: what the review, the live regions and the README's
// *Errors* section say. src/io reports a code and the values it names (ProblemParams), never words.
import type { ProblemCode, ProblemParams } from '../domain/problem-codes';
import { faultMessages } from './fault-messages';
import { workbookRefusal } from './workbook-refusals';

/** A problem's sentence from the values it names, for every code (a missing one fails tsc). */
export type ProblemWords = { readonly [K in ProblemCode]: (p: ProblemParams) => string };

const s = (p: ProblemParams, k: string) => String(p[k] ?? '');
const n = (p: ProblemParams, k: string) => Number(p[k] ?? 0);
const en = (p: ProblemParams, k: string) => n(p, k).toLocaleString('en');
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const NOT_LOADED = (p: ProblemParams) => `could not load ${s(p, 'url')}`;

/** Why a JSON workspace is not valid (ProblemParams.reason of 'bad-json'). */
const BAD_JSON_EN: Readonly<Record<string, string>> = {
  'no-matrices': 'it has no "matrices" list',
  'no-country': 'it holds no country',
  'versions-not-list': 'its "versions" is not a list',
};

export const PROBLEMS_EN: ProblemWords = {
  empty: () => 'the file is empty',
  binary: () => 'the file is not text (it holds binary data): export it from your spreadsheet as CSV',
  'too-large': (p) =>
    `the file is ${s(p, 'mb')} MB; the limit is ${s(p, 'limit')} MB: split it into several files (one per country)`,
  unreadable: (p) =>
    p.url === undefined
      ? `the file could not be read: ${s(p, 'message')}`
      : p.status !== undefined
        ? `${NOT_LOADED(p)}: the server answered ${s(p, 'status')} ${s(p, 'statusText')}`.trim()
        : p.page !== undefined
          ? `${NOT_LOADED(p)}: the server sent a web page, not a CSV file (is the address right?)`
          : `${NOT_LOADED(p)}: ${s(p, 'message')}`,
  'unclosed-quote': () => 'a quoted field is not closed: check for a stray double quote (")',
  parse: (p) => s(p, 'message'),
  'not-a-score': (p) =>
    `"${s(p, 'value')}" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown`,
  'out-of-range': (p) => `score ${s(p, 'value')} is outside 0–10`,
  'comma-decimal': (p) =>
    `"${s(p, 'value')}" has a decimal comma, which a comma-separated file cannot tell from a separator: write ${s(p, 'fixed')}, or save the file with tabs or semicolons`,
  'thousands-point': (p) =>
    `"${s(p, 'value')}" is ambiguous in a semicolon-separated file, where a point groups thousands ("1.000" is one thousand): write the score plainly, as 1 or 7,5`,
  'score-notation': (p) =>
    `"${s(p, 'value')}" is written with an exponent or a plus sign: write the score as a plain number from 0 to 10`,
  'ragged-row': (p) =>
    `this row has ${s(p, 'cells')} cells but the header (line ${s(p, 'headerLine')}) has ${s(p, 'width')}: a cell is missing or a delimiter was lost`,
  'beyond-header': (p) =>
    `a value "${s(p, 'value')}" stands in a column with no stakeholder name in the header (line ${s(p, 'headerLine')})`,
  'no-label': () => 'this row has scores but no row label (an X.1060 id such as D-2, or a name)',
  'duplicate-row': (p) =>
    `row "${s(p, 'label')}" repeats line ${s(p, 'firstLine')} (${p.id === undefined ? 'same name' : `both are X.1060 ${s(p, 'id')}`})`,
  'duplicate-stakeholder': (p) => `stakeholder "${s(p, 'name')}" appears twice (also column ${s(p, 'other')})`,
  'duplicate-cell': (p) =>
    `${s(p, 'country')} / ${s(p, 'service')} / ${s(p, 'stakeholder')} was already given on line ${s(p, 'firstLine')}`,
  'empty-service': () => 'the service is empty: give an X.1060 id such as D-2, or a row name',
  'empty-stakeholder': () => 'the stakeholder is empty',
  'no-header': (p) =>
    `no header row with stakeholder names was found above the first row of scores${p.scoresLine === undefined ? '' : ` (line ${s(p, 'scoresLine')} holds scores, not names)`}`,
  'no-stakeholder': () => 'the header names no stakeholder',
  'no-scores': (p) => `no scores found: the ${p.of === 'sheet' ? 'sheet' : 'file'} has a header but no data rows`,
  'custom-stakeholder': (p) => `"${s(p, 'name')}" is not a standard stakeholder type; kept as a custom stakeholder`,
  'totals-row': (p) => totals(p, 'row'),
  'totals-column': (p) => totals(p, 'column'),
  'description-column': (p) =>
    `column "${s(p, 'name')}" holds service names, not scores: it was read as a description and not imported`,
  'ignored-column': (p) => `column "${s(p, 'name')}" is not part of the long format and was not imported`,
  'group-heading': (p) => `text left of the row labels was read as a group heading, not data: ${s(p, 'texts')}`,
  'bad-json': (p) =>
    p.file === undefined
      ? `the JSON workspace file is damaged: ${s(p, 'message')}`
      : `the JSON workspace file ${s(p, 'file')} is not valid: ${BAD_JSON_EN[s(p, 'reason')] ?? s(p, 'message')}`,
  'bad-json-value': (p) => {
    const say = (faultMessages.en as Record<string, ((f: object) => string) | undefined>)[s(p, 'reason')];
    const { value, n: count, limit, other } = p;
    return `${s(p, 'path')}: ${say ? say({ value, n: count, limit, other }) : s(p, 'reason')}`;
  },
  'more-errors': (p) => {
    const more = `${s(p, 'n')} more ${plural(n(p, 'n'), 'error', 'errors')}`;
    const stopped = `reading stopped at line ${s(p, 'stoppedAt')}, after more than ${s(p, 'max')} errors`;
    if (p.stoppedAt === undefined) return `… and ${more}`;
    if (n(p, 'n') > 0) return `… and at least ${more}: ${stopped}`;
    return `${stopped}: the rest of the file was not read, so it cannot be imported`;
  },
  'link-stalled': (p) =>
    `${NOT_LOADED(p)}: nothing arrived for ${s(p, 'seconds')} s (${en(p, 'bytes')} bytes received): the link was abandoned`,
  'link-too-large': (p) => `${NOT_LOADED(p)}: the file is over the ${s(p, 'limit')} MB limit: the download was stopped`,
  'link-type': (p) => `${NOT_LOADED(p)}: the server sent ${s(p, 'type')}, not a CSV file (is the address right?)`,
  'encoding-guess': (p) =>
    `the text encoding is a guess between ${s(p, 'encoding')} and ${s(p, 'other')}, which read this file almost equally well: it was read as ${s(p, 'encoding')}; if names look wrong, choose ${s(p, 'other')} under "Text encoding"`,
  'encoding-mixed': (p) => {
    const one = n(p, 'n') === 1;
    const oneLine = n(p, 'lineCount') === 1;
    return `the file is UTF-8 except for ${s(p, 'n')} ${one ? 'byte' : 'bytes'} on ${oneLine ? 'line' : 'lines'} ${s(p, 'lines')}, which ${one ? 'is' : 'are'} not UTF-8: ${one ? 'it was' : 'they were'} read as Windows-1252 (${s(p, 'chars')}); check ${oneLine ? 'that line' : 'those lines'}, or choose another encoding under "Text encoding"`;
  },
  'too-many-columns': (p) =>
    `line ${s(p, 'line')} has ${en(p, 'cells')} columns; the limit is ${en(p, 'limit')}: split the file, or use the long format (one line per cell)`,
  'extra-fields': (p) =>
    p.of === 'line'
      ? `this line has ${s(p, 'fields')} fields but the header (line ${s(p, 'headerLine')}) has ${s(p, 'width')}: a value holding the separator must be put in double quotes`
      : `this row has ${s(p, 'fields')} cells but the header (line ${s(p, 'headerLine')}) has ${s(p, 'width')}: a value holding a comma (a decimal comma such as 7,5, or a note) must be put in double quotes`,
  'missing-score': (p) =>
    `the score field is missing: this line has ${s(p, 'fields')} fields but the header (line ${s(p, 'headerLine')}) has ${s(p, 'width')} (leave the score empty, with its separator, for "not involved")`,
  'unlisted-cells': (p) => {
    const one = n(p, 'n') === 1;
    return `${s(p, 'n')} ${one ? 'cell is' : 'cells are'} not in the file (no line gives ${one ? 'it' : 'them'}): read as ${p.as === 'unknown' ? 'unknown' : 'not involved (blank)'}`;
  },
  'provenance-line': (p) =>
    `"${s(p, 'text')}" is ${PROVENANCE_EN[s(p, 'as')] ?? PROVENANCE_EN.note}, not a row: it was kept as the country's ${p.kept === 'source' ? 'source' : 'notes'}`,
  'xlsx-refused': (p) =>
    p.limit === undefined || p.why !== undefined
      ? `the workbook could not be read: ${workbookRefusal('en', p) ?? s(p, 'message')}`
      : `the sheet spans ${en(p, 'rows')} rows × ${en(p, 'columns')} columns; the limit is ${en(p, 'limit')} cells: it was not read`,
  'xlsx-no-sheets': () => 'the workbook has no sheet with data',
  'xlsx-links': (p) =>
    `the workbook links to ${s(p, 'n')} other ${plural(n(p, 'n'), 'workbook', 'workbooks')}: links are never followed; the values Excel saved with the formulas were read`,
  'xlsx-not-read': (p) => `sheets not read (empty sheets or charts): ${s(p, 'names')}`,
  'xlsx-no-value': (p) =>
    `the formula =${s(p, 'formula')} has no saved value: open the workbook in Excel (or LibreOffice), let it calculate and save it again`,
  'xlsx-formula-error': (p) => `the formula gives the error ${s(p, 'value')}`,
  'xlsx-band': (p) =>
    `row ${s(p, 'row')} is a band of merged group headings over the stakeholders (${s(p, 'texts')}): it is not data and was left out`,
  'xlsx-unplaced-note': (p) => `the note on ${s(p, 'cell')} is on no score cell: it was kept with the country's notes`,
};

const PROVENANCE_EN: Readonly<Record<string, string>> = {
  title: 'a title line above the header',
  trailer: 'text after the last row',
  note: 'a note line',
};

/** A totals row or column: in a wide file one, in a long file the lines it spans (params.count). */
function totals(p: ProblemParams, what: 'row' | 'column'): string {
  const skipped =
    p.count === undefined
      ? 'it was skipped'
      : `its ${s(p, 'count')} ${plural(n(p, 'count'), 'line', 'lines')} were skipped`;
  return `"${s(p, 'name')}" looks like a totals ${what}: ${skipped} (the app computes totals itself)`;
}
