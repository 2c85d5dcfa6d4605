// Workbooks written by an Excel-compatible writer (exceljs: scripts/make-xlsx-fixtures.ts) read
// cell by cell, and hostile workbooks refused with a reason, never a hang.
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/io/import-types';
import { importWorkbook } from '../../src/io/xlsx/import-workbook';
import { readComments } from '../../src/io/xlsx/sheet-xml';
import { splitWorkbook } from '../../src/io/xlsx/workbook-results';
import { ZipReader, ZIP_LIMITS } from '../../src/io/xlsx/zip-read';
import { WorkbookRefused } from '../../src/io/xlsx/refusal';
import { PROBLEMS_EN } from '../../src/i18n/problem-english';
import { workbookRefusal } from '../../src/i18n/workbook-refusals';
import { describeProblemIn } from '../../src/state/import-outcome';
import { describeProblem } from './said';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/xlsx/${name}`));
const sheets = (r: ImportResult) => new Map(splitWorkbook(r).map((s) => [s.sheet?.name ?? s.fileName, s]));
const said = (r: ImportResult) => r.problems.map(describeProblem);

describe('reading workbooks made by another writer', () => {
  const book = sheets(importWorkbook('kenya-japan.xlsx', fixture('kenya-japan.xlsx')));

  it('reads every cell of a sheet with a merged band, formulas, text numbers, decimal commas, rich text and notes', () => {
    const ke = book.get('Kenya')!;
    expect(ke.format).toBe('wide');
    expect(ke.fileName).toBe('kenya-japan.xlsx › Kenya');
    const [m] = ke.matrices;
    expect(m!.country).toBe('Kenya');
    expect(m!.rows.map((r) => r.key)).toEqual(['A', 'D-2', 'E-1']);
    // "E-1 " + a bold run: rich text read as plain text.
    expect(m!.rows[2]!.label).toBe('E-1 Vulnerability report acceptance');
    expect(m!.stakeholders.map((s) => s.key)).toEqual(['ncsc', 'national-csirt', 'psirt', 'private-soc']);
    expect(m!.cells).toEqual([
      // C4 is =B4-2 (cached 8), D4 the text "3" (a number stored as text), E4 empty.
      [10, 8, 3, null],
      // C5 "?", D5 =B5/3 (cached 3), E5 "7,5" (a decimal comma).
      [9, 'unknown', 3, 7.5],
      // B6 "", E6 "NA".
      [null, 4, 2.5, 'unknown'],
    ]);
    expect(m!.notes).toEqual({
      'A\u0000ncsc': 'Set by the 2023 cybersecurity act',
      'D-2\u0000national-csirt': 'Not published',
    });
    // The title above the header and the Source: line below are provenance, as in CSV.
    expect(m!.provenance).toMatchObject({
      source: 'national CSIRT survey, May 2024',
      notes: 'Kenya — division of roles, 2024',
    });
    // The "Government / Private sector" band is no header, no title: left out with a warning naming its row.
    expect(said(ke)).toContain(
      'sheet "Kenya", row 2: row 2 is a band of merged group headings over the stakeholders (Government, Private sector): it is not data and was left out',
    );
    expect(ke.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('reads a sheet with a Japanese name and Japanese stakeholders', () => {
    const jp = book.get('日本')!;
    expect(jp.matrices).toHaveLength(1);
    const [m] = jp.matrices;
    expect(m!.country).toBe('日本');
    expect(m!.stakeholders.map((s) => s.key)).toEqual(['ncsc', 'national-csirt', 'academia']);
    expect(m!.cells).toEqual([
      [5, 10, 0],
      [6, 8, 1],
    ]);
    expect(jp.problems).toEqual([]);
  });

  it('lists a hidden sheet, skipped by default', () => {
    const draft = book.get('Draft')!;
    expect(draft.sheet).toEqual({ name: 'Draft', hidden: true, details: false, skipped: 'hidden' });
    expect(draft.matrices[0]!.cells).toEqual([[1]]);
    expect(book.get('Kenya')!.sheet?.skipped).toBeUndefined();
  });
});

describe('problems name the sheet and the cell', () => {
  const book = sheets(importWorkbook('errors-and-long.xlsx', fixture('errors-and-long.xlsx')));

  it('blocks the sheet with errors, naming each cell with its row and stakeholder, in English and Japanese', () => {
    const ke = book.get('Kenya')!;
    expect(ke.matrices).toEqual([]);
    expect(said(ke)).toEqual([
      'sheet "Kenya", cell C7: the formula =B2*2 has no saved value: open the workbook in Excel (or LibreOffice), let it calculate and save it again',
      'sheet "Kenya", cell B7 (D-2 × NCSC): score 12 is outside 0–10',
      'sheet "Kenya", cell D7 (D-2 × PSIRT): "50%" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown',
    ]);
    expect(describeProblemIn('ja', ke.problems[1]!)).toBe(
      'シート「Kenya」のセルB7（D-2 × NCSC）：スコア12は0〜10の範囲外です',
    );
  });

  it('lets the other sheet through: a long table of two countries with notes', () => {
    const gh = book.get('Ghana')!;
    expect(gh.format).toBe('long');
    expect(gh.noteColumn).toBe(true);
    expect(gh.matrices.map((m) => m.country)).toEqual(['Ghana', 'Togo']);
    expect(gh.matrices[0]!.cells).toEqual([[7], ['unknown']]);
    expect(gh.matrices[0]!.notes).toEqual({ 'A\u0000ncsc': 'from the 2021 strategy' });
    expect(gh.matrices[1]!.cells).toEqual([[3]]);
  });
});

/** A minimal workbook of the given parts (workbook.xml and its rels are added when missing). */
function workbook(parts: Record<string, string>, sheetXml = '<sheetData/>'): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      '<Relationships><Relationship Id="r1" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="s1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="s1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="t" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet>${sheetXml}</worksheet>`),
  };
  for (const [k, v] of Object.entries(parts)) files[k] = strToU8(v);
  return zipSync(files);
}

describe('hostile workbooks are refused or bounded with a reason', () => {
  it('stops inflating a part past the cap (a zip bomb) and says the cap', () => {
    const bomb = zipSync({ 'a.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(10_000);
    const zip = new ZipReader(bomb, 1024 * 1024);
    expect(() => zip.read('a.xml')).toThrow(WorkbookRefused);
    let refused: WorkbookRefused | undefined;
    try {
      zip.read('a.xml');
    } catch (e) {
      refused = e as WorkbookRefused;
    }
    // The reader names the reason and its values; each language words it.
    expect({ why: refused?.why, params: refused?.params }).toEqual({
      why: 'unpacks-too-big',
      params: { mb: 1, name: 'a.xml' },
    });
    expect(PROBLEMS_EN['xlsx-refused']({ why: refused!.why, ...refused!.params })).toBe(
      'the workbook could not be read: the workbook unpacks to more than 1 MB (at a.xml): it was not read',
    );
    expect(workbookRefusal('ja', { why: refused!.why, ...refused!.params })).toBe(
      'ブックを展開すると1 MBを超えるため（a.xmlの時点で）読み込みませんでした',
    );
    expect(ZIP_LIMITS.unzippedBytes).toBe(200 * 1024 * 1024);
  });

  it('refuses more than 1,000 sheets', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="s1"/>`).join('');
    const r = importWorkbook(
      'many.xlsx',
      workbook({ 'xl/workbook.xml': `<workbook><sheets>${many}</sheets></workbook>` }),
    );
    expect(r.matrices).toEqual([]);
    expect(said(r)).toEqual([
      'the workbook could not be read: the workbook has more than 1,000 sheets: it was not read',
    ]);
  });

  it('refuses a shared-strings table of more than a million entries', () => {
    const r = importWorkbook(
      'strings.xlsx',
      workbook({ 'xl/sharedStrings.xml': `<sst>${'<si/>'.repeat(1_000_001)}</sst>` }),
    );
    expect(said(r)[0]).toBe(
      "the workbook could not be read: the workbook's shared-strings table has more than 1,000,000 entries: it was not read",
    );
  });

  it('refuses a document type declaration (entity expansion)', () => {
    const r = importWorkbook('dtd.xlsx', workbook({}, '<!DOCTYPE x [<!ENTITY a "aaaa">]><sheetData/>'));
    expect(said(r)[0]).toContain('a document type declaration is not allowed in a workbook');
  });

  it('never follows links to other workbooks, and says so', () => {
    const sheet =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Service</t></is></c><c r="B1" t="inlineStr"><is><t>NCSC</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2"><f>[1]Sheet1!B2</f><v>6</v></c></row></sheetData>';
    const r = importWorkbook(
      'linked.xlsx',
      workbook({ 'xl/externalLinks/externalLink1.xml': '<externalLink/>' }, sheet),
    );
    const [s] = splitWorkbook(r);
    expect(s!.matrices[0]!.cells).toEqual([[6]]);
    expect(said(s!)[0]).toBe(
      'the workbook links to 1 other workbook: links are never followed; the values Excel saved with the formulas were read',
    );
  });

  it('refuses a zip that is no workbook, and damaged bytes', () => {
    expect(said(importWorkbook('a.xlsx', zipSync({ 'a.txt': strToU8('hi') })))[0]).toBe(
      'the workbook could not be read: the file is a zip archive but not an Excel workbook (.xlsx)',
    );
    const cut = fixture('kenya-japan.xlsx').slice(0, 3000);
    expect(said(importWorkbook('cut.xlsx', cut))[0]).toMatch(/^the workbook could not be read: /);
  });
});

describe('threaded comments', () => {
  it('are one note with their replies, and replace Excel’s legacy copy; a legacy note loses its "Author:" line', () => {
    const threaded =
      '<ThreadedComments><threadedComment ref="B2" id="{1}"><text>First</text></threadedComment><threadedComment ref="B2" id="{2}" parentId="{1}"><text>Reply</text></threadedComment></ThreadedComments>';
    const legacy =
      '<comments><authors><author>tc={1}</author><author>Ana</author></authors><commentList><comment ref="B2" authorId="0"><text><t>[Threaded comment] First</t></text></comment><comment ref="C3" authorId="1"><text><r><rPr><b/></rPr><t>Ana:</t></r><r><t xml:space="preserve">\nchecked _x000D_ twice</t></r></text></comment></commentList></comments>';
    expect(Object.fromEntries(readComments(legacy, threaded))).toEqual({ B2: 'First\nReply', C3: 'checked \r twice' });
  });
});

describe('a second writer', () => {
  it('reads the same workbook re-saved by LibreOffice Calc (shared strings, its own notes) cell for cell alike', () => {
    const strip = (r: ImportResult) => r.matrices.map(({ provenance: { file: _file, ...p }, ...m }) => ({ ...m, p }));
    const exceljs = splitWorkbook(importWorkbook('a.xlsx', fixture('kenya-japan.xlsx')));
    const calc = splitWorkbook(importWorkbook('a.xlsx', fixture('kenya-japan-libreoffice.xlsx')));
    expect(calc.map((s) => s.sheet)).toEqual(exceljs.map((s) => s.sheet));
    expect(calc.map(strip)).toEqual(exceljs.map(strip));
    expect(calc.map(said)).toEqual(exceljs.map(said));
  });
});
