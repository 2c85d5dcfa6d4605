// Writes the small workbooks under tests/fixtures/xlsx/ with exceljs (a devDependency, an
// Excel-compatible writer independent of this app's own): merged header bands, formulas with and
// without cached values, a hidden sheet, notes, rich text, numbers stored as text, percentages,
// decimal commas and Japanese sheet names. Run: npx tsx scripts/make-xlsx-fixtures.ts
// kenya-japan-libreoffice.xlsx is kenya-japan.xlsx re-saved by LibreOffice Calc 7.4 (a second writer):
// soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' kenya-japan.xlsx
import ExcelJS from 'exceljs';

const OUT = 'tests/fixtures/xlsx';

async function kenya(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'fixture';
  const ke = wb.addWorksheet('Kenya');
  ke.getCell('A1').value = 'Kenya — division of roles, 2024';
  ke.getCell('B2').value = 'Government';
  ke.mergeCells('B2:C2');
  ke.getCell('D2').value = 'Private sector';
  ke.mergeCells('D2:E2');
  ke.getRow(3).values = ['Service', 'NCSC', 'National CSIRT', 'PSIRT', 'Private SOC'];
  ke.getRow(4).values = ['A', 10, { formula: 'B4-2', result: 8 }, '3', null];
  ke.getRow(5).values = ['D-2', 9, '?', { formula: 'B5/3', result: 3 }, '7,5'];
  ke.getRow(6).values = [
    { richText: [{ text: 'E-1 ' }, { font: { bold: true }, text: 'Vulnerability report acceptance' }] },
    '',
    4,
    2.5,
    'NA',
  ];
  ke.getCell('A8').value = 'Source: national CSIRT survey, May 2024';
  ke.getCell('B4').note = 'Set by the 2023 cybersecurity act';
  ke.getCell('C5').note = 'Not published';
  const jp = wb.addWorksheet('日本');
  jp.getRow(1).values = ['サービス', 'NCSC', 'ナショナルCSIRT', '学術機関'];
  jp.getRow(2).values = ['A', 5, 10, 0];
  jp.getRow(3).values = ['B', 6, 8, 1];
  const hidden = wb.addWorksheet('Draft', { state: 'hidden' });
  hidden.getRow(1).values = ['Service', 'NCSC'];
  hidden.getRow(2).values = ['A', 1];
  await wb.xlsx.writeFile(`${OUT}/kenya-japan.xlsx`);
}

async function problems(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ke = wb.addWorksheet('Kenya');
  ke.getRow(1).values = ['Service', 'NCSC', 'National CSIRT', 'PSIRT'];
  ke.getRow(2).values = ['A', 10, 8, 3];
  ke.getRow(3).values = ['B', 4, 5, 6];
  ke.getRow(4).values = ['C', 1, 2, 3];
  ke.getRow(5).values = ['D', 1, 2, 3];
  ke.getRow(6).values = ['D-1', 1, 2, 3];
  ke.getRow(7).values = ['D-2', 12, { formula: 'B2*2' }, 0.5];
  ke.getCell('D7').numFmt = '0%';
  const ok = wb.addWorksheet('Ghana');
  ok.getRow(1).values = ['country', 'service', 'stakeholder', 'score', 'note'];
  ok.getRow(2).values = ['Ghana', 'A', 'NCSC', 7, 'from the 2021 strategy'];
  ok.getRow(3).values = ['Ghana', 'B', 'NCSC', '?', ''];
  ok.getRow(4).values = ['Togo', 'A', 'NCSC', 3, ''];
  await wb.xlsx.writeFile(`${OUT}/errors-and-long.xlsx`);
}

await kenya();
await problems();
