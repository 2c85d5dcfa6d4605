import Papa from 'papaparse';
import { noteKey, type RoleMatrix } from '../domain/matrix';
import { formatScore, guardCell } from './score-text';

/** The header of the long format, the app's public exchange format. */
export const LONG_HEADER = ['country', 'service', 'stakeholder', 'score'] as const;

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
  return Papa.unparse({ fields: header, data }, { newline: '\r\n', quotes: false }) + '\r\n';
}
