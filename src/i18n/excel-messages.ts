import { defineMessages } from './define-messages';

/** Messages of Excel workbooks (#20): the review's choice per sheet, and the Excel exports. */
export const excelMessages = defineMessages({
  en: {
    importSheet: (sheet: string) => `Import sheet “${sheet}”`,
    sheetHidden: 'This sheet is hidden in the workbook: it is skipped unless you tick it.',
    sheetDuplicate:
      'This sheet holds the same countries as the country sheets of this workbook (this app wrote it, in the long format): it is skipped unless you tick it.',
    sheetSkipped: 'Skipped',
    sheetsSkipped: (n: number) => `${n} ${n === 1 ? 'sheet is' : 'sheets are'} skipped.`,
    showHeaders: (n: number) => `Show how the ${n} stakeholder ${n === 1 ? 'heading was' : 'headings were'} understood`,
    exportExcel: 'Export Excel (.xlsx)',
    exportCsvForExcel: 'CSV for Excel',
    exportingExcel: 'Writing the Excel workbook…',
    exportedExcel: (n: number, file: string) =>
      `Exported ${n} ${n === 1 ? 'country' : 'countries'} as an Excel workbook (${file}): a sheet per country, long, metrics and sources.`,
    exportedCsvForExcel: (n: number, file: string) =>
      `Exported ${n} ${n === 1 ? 'country' : 'countries'} as CSV for Excel (${file}, UTF-8 with BOM).`,
    exportFailed: (message: string) => `The Excel workbook could not be written: ${message}`,
  },
  ja: {
    importSheet: (sheet: string) => `シート「${sheet}」を読み込む`,
    sheetHidden: 'このシートはブックで非表示になっています。チェックしない限り読み込みません。',
    sheetDuplicate:
      'このシートはこのブックの国別シートと同じ国を含みます（このアプリがロング形式で書き出したもの）。チェックしない限り読み込みません。',
    sheetSkipped: '読み込まない',
    sheetsSkipped: (n: number) => `${n}枚のシートは読み込みません。`,
    showHeaders: (n: number) => `ステークホルダーの見出し${n}個の読み方を表示`,
    exportExcel: 'Excel（.xlsx）に書き出す',
    exportCsvForExcel: 'Excel用CSV',
    exportingExcel: 'Excelブックを書き出しています…',
    exportedExcel: (n: number, file: string) =>
      `${n}か国をExcelブック（${file}）として書き出しました：国ごとのシート、long、metrics、sources。`,
    exportedCsvForExcel: (n: number, file: string) =>
      `${n}か国をExcel用CSV（${file}、BOM付きUTF-8）として書き出しました。`,
    exportFailed: (message: string) => `Excelブックを書き出せませんでした：${message}`,
  },
});
