// What a workbook's messages say of its sheets: a heading cell is named by its heading alone (it is on no
// service's row), and a sheet refused for its errors says the sheet, not the whole file, was not loaded, as
// the file's other sheets come in.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../src/io/xlsx/import-workbook';
import { splitWorkbook } from '../../src/io/xlsx/workbook-results';
import { applyImportResults, describeProblemIn } from '../../src/state/import-outcome';
import { EMPTY_WORKSPACE } from '../../src/domain/workspace';

/** Sheet "Japan": a title, a heading with a custom stakeholder and a totals column, one bad score. "Kenya": fine. */
async function book(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const jp = wb.addWorksheet('Japan');
  jp.addRow(['Japan roles 2024']);
  jp.addRow(['service', 'NCSC', '地方自治体', 'Total']);
  jp.addRow(['A', 10, 5, 15]);
  jp.addRow(['B', 3, 'x', 3]);
  const ke = wb.addWorksheet('Kenya');
  ke.addRow(['service', 'NCSC', '地方自治体']);
  ke.addRow(['A', 4, 2]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("a workbook's messages", () => {
  it('name a heading cell by its heading, a score cell by its row and stakeholder', async () => {
    const [japan] = splitWorkbook(importWorkbook('roles.xlsx', await book()));
    expect(japan!.problems.map((p) => describeProblemIn('en', p))).toEqual([
      `sheet "Japan", row 1: "Japan roles 2024" is a title line above the header, not a row: it was kept as the country's notes`,
      'sheet "Japan", cell C2 (地方自治体): "地方自治体" is not a standard stakeholder type; kept as a custom stakeholder',
      'sheet "Japan", cell D2 (Total): "Total" looks like a totals column: it was skipped (the app computes totals itself)',
      'sheet "Japan", cell C4 (B × 地方自治体): "x" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown',
    ]);
    expect(describeProblemIn('ja', japan!.problems[1]!)).toMatch(/^シート「Japan」のセルC2（地方自治体）：/);
  });

  it('say that a sheet with errors was not loaded while the other sheets were, in English and Japanese', async () => {
    const sheets = splitWorkbook(importWorkbook('roles.xlsx', await book()));
    const en = applyImportResults(EMPTY_WORKSPACE, sheets);
    expect(en.workspace.matrices.map((m) => m.country)).toEqual(['Kenya']);
    expect(en.status).toMatch(/^Imported 1 country from roles\.xlsx › Kenya: Kenya\./);
    expect(en.alert).toBe(
      'Could not import roles.xlsx › Japan: 1 error. sheet "Japan", cell C4 (B × 地方自治体): "x" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown. Nothing from this sheet was loaded.',
    );
    const ja = applyImportResults(EMPTY_WORKSPACE, sheets, undefined, undefined, 'ja');
    expect(ja.alert).toMatch(
      /^roles\.xlsx › Japanを読み込めませんでした：エラー1件。.*このシートからは何も読み込んでいません。$/,
    );
  });

  it('keep "Nothing from this file was loaded" for a file that is no workbook', () => {
    const csv = { ...splitWorkbook(importWorkbook('x.xlsx', new Uint8Array([1, 2, 3])))[0]! };
    expect(applyImportResults(EMPTY_WORKSPACE, [csv]).alert).toMatch(
      /^Could not import x\.xlsx: .*Nothing from this file was loaded\.$/,
    );
  });
});
