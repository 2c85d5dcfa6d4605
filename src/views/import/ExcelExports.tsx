import { bracketColor, scoreBrackets, scoreColorScale, textColorOn } from '../../charts/color-scales';
import { CHART_THEMES } from '../../charts/chart-theme';
import type { Score } from '../../domain/matrix';
import { excelMessages } from '../../i18n/excel-messages';
import { importMessages } from '../../i18n/import-messages';
import type { AppState } from '../../state/store';
import { useAppStore } from '../../state/store-context';
import { downloadBlob, downloadText } from '../../ui/download';
import { useMessages } from '../use-messages';
import { version } from '../../../package.json';

/** The file names of the Excel exports. */
export const EXCEL_FILE = 'x1060-roles.xlsx';
export const CSV_FOR_EXCEL_FILE = 'x1060-roles-excel.csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A score's fill and readable text colour as the heatmap paints it now (palette, brackets), on a light page. */
export function scoreColours(
  s: Pick<AppState, 'palette' | 'heatmap'>,
): (score: Score) => { fill: string; text: string } {
  const light = CHART_THEMES.light;
  const brackets =
    s.heatmap.colorMode === 'brackets' ? scoreBrackets(s.palette, s.heatmap.brackets ?? [1, 4, 7, 10]) : undefined;
  const ramp = scoreColorScale(s.palette);
  return (score) => {
    if (score === null) return { fill: light.blankFill, text: light.ink };
    if (score === 'unknown') return { fill: light.unknownFill, text: light.ink };
    const fill = brackets ? bracketColor(brackets, score) : ramp(score);
    return { fill, text: textColorOn(fill) };
  };
}

/** The two Excel exports — the workbook (its writer loaded on demand) and CSV for Excel — as actions with their labels. */
export function useExcelExports() {
  const store = useAppStore();
  const t = useMessages(excelMessages);
  const ti = useMessages(importMessages);
  const exportExcel = async () => {
    const s = store.getState();
    const n = s.workspace.matrices.length;
    try {
      const { exportWorkbook } = await import('../../io/xlsx/export-workbook');
      const bytes = exportWorkbook(s.workspace.matrices, {
        colours: scoreColours(s),
        threshold: s.compareThreshold,
        appVersion: version,
        exportedAt: new Date().toISOString(),
      });
      downloadBlob(EXCEL_FILE, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
      s.announce(t.exportedExcel(n, EXCEL_FILE));
    } catch (e) {
      s.announce('', t.exportFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  const exportCsv = async () => {
    const s = store.getState();
    try {
      // The CSV writer (papaparse) loads with the first CSV export, not with the page (#18).
      const { exportCsvForExcel } = await import('../../io/csv-for-excel');
      downloadText(CSV_FOR_EXCEL_FILE, exportCsvForExcel(s.workspace.matrices));
      s.announce(t.exportedCsvForExcel(s.workspace.matrices.length, CSV_FOR_EXCEL_FILE));
    } catch (e) {
      s.announce(s.status, ti.fileExportFailed(CSV_FOR_EXCEL_FILE, e instanceof Error ? e.message : String(e)));
    }
  };
  return [
    { id: 'excel', label: t.exportExcel, onAction: () => void exportExcel() },
    { id: 'csv-for-excel', label: t.exportCsvForExcel, onAction: () => void exportCsv() },
  ] as const;
}
