import Papa from 'papaparse';
import { noteKey, type RoleMatrix } from '../domain/matrix';
import { formatScore, guardCell } from './score-text';

/** The header of the long format, the app's public exchange format. */
export const LONG_HEADER = ['country', 'service', 'stakeholder', 'score'] as const;

const unparse = (fields: string[], data: string[][], quotes = false) =>
  Papa.unparse({ fields, data }, { newline: '\r\n', quotes }) + '\r\n';

/**
 * Writes matrices as long CSV: `country,service,stakeholder,score` (+ `note` when any cell has
 * one), one line per cell, blank score = not involved, NA = unknown. service is the X.1060 id
 * where known, else the custom row's label. Text cells are guarded against formula injection.
 */
export function exportLongCsv(matrices: readonly RoleMatrix[]): string {
  const withNotes = matrices.some((m) => m.notes && Object.keys(m.notes).length > 0);
  const header: string[] = [...LONG_HEADER];
  if (withNotes) header.push('note');
  const data: string[][] = [];
  for (const m of matrices) {
    m.rows.forEach((row, r) => {
      m.stakeholders.forEach((s, c) => {
        const line = [
          guardCell(m.country),
          guardCell(row.x1060Id ?? row.label),
          guardCell(s.name),
          formatScore(m.cells[r]?.[c] ?? null),
        ];
        if (withNotes) line.push(guardCell(m.notes?.[noteKey(row.key, s.key)] ?? ''));
        data.push(line);
      });
    });
  }
  return unparse(header, data);
}

/**
 * Writes one country as wide CSV: a `service` column, then one column per stakeholder; a row with
 * no score writes "-" (not involved) in its cells. The country is not in the file: it is named
 * after the file (see wideFileName). Notes, row notes and provenance are not kept.
 */
export function exportWideCsv(m: RoleMatrix): string {
  const header = ['service', ...m.stakeholders.map((s) => guardCell(s.name))];
  const data = m.rows.map((row, r) => {
    const scores: string[] = m.stakeholders.map((_, c) => formatScore(m.cells[r]?.[c] ?? null));
    // A row with nothing under the stakeholders would read back as a footnote after the last row:
    // "-" (not involved) says it is a row.
    if (scores.length > 0 && !scores.some((v) => v !== '')) scores.fill('-');
    return [guardCell(row.x1060Id ?? row.label), ...scores];
  });
  // Every cell quoted: a wide file has few rows, and a name holding ";" must not pass for the delimiter.
  return unparse(header, data, true);
}

export { wideFileName } from './wide-file-name';
