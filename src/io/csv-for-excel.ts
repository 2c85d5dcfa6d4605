import type { RoleMatrix } from '../domain/matrix';
import { exportLongCsv } from './csv-export';

/**
 * "CSV for Excel" (#20): the long CSV of Export CSV (CRLF line ends, text guarded) with a UTF-8
 * byte-order mark, which Excel needs to read UTF-8 (Japanese Excel shows mojibake without it).
 * Export CSV itself keeps its contract: UTF-8 without BOM.
 */
export function exportCsvForExcel(matrices: readonly RoleMatrix[]): string {
  return `\uFEFF${exportLongCsv(matrices)}`;
}
