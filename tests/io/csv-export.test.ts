import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportLongCsv } from '../../src/io/csv-export';
import { importCsvText } from '../../src/io/csv-import';
import { guardCell, unguardCell } from '../../src/io/score-text';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import type { RoleMatrix } from '../../src/domain/matrix';

const comparable = (ms: readonly RoleMatrix[]) =>
  ms.map((m) => ({
    country: m.country,
    rows: m.rows.map((r) => r.key),
    stakeholders: m.stakeholders.map((s) => [s.key, s.name]),
    cells: m.cells,
    notes: m.notes ?? {},
  }));

describe('long CSV export', () => {
  it('writes the documented header and one line per cell', () => {
    const csv = exportLongCsv(loadBundledMatrices());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('country,service,stakeholder,score');
    expect(lines).toHaveLength(1 + 3 * 9 * 10);
    expect(lines[1]).toBe('Japan,A,NCSC,10');
    expect(lines[2]).toBe('Japan,A,National CSIRTs,');
    expect(lines).toContain('United States,H,LE/Justice,10');
  });

  it('writes exactly the bundled dataset files back out', () => {
    const all = exportLongCsv(loadBundledMatrices());
    const files = ['japan', 'united-states', 'singapore'].map((f) => readFileSync(`datasets/${f}.csv`, 'utf8'));
    expect(all).toBe(
      files[0] +
        files
          .slice(1)
          .map((f) => f.slice(f.indexOf('\r\n') + 2))
          .join(''),
    );
  });

  it('round-trips countries, custom rows and stakeholders, unknowns, blanks, decimals and notes', () => {
    const source =
      'country,service,stakeholder,score,note\nTestland,D-2,NCSC,9,"a, ""quoted""\nnote"\nTestland,D-2,Ministry of Défense,NA,\nTestland,Cloud oversight,NCSC,2.5,\nTestland,Cloud oversight,Ministry of Défense,,\n日本,A,学術機関,0,\n';
    const first = importCsvText(source, { fileName: 'x.csv' }).matrices;
    const csv = exportLongCsv(first);
    expect(csv.split('\r\n')[0]).toBe('country,service,stakeholder,score,note');
    const second = importCsvText(csv, { fileName: 'y.csv' }).matrices;
    expect(comparable(second)).toEqual(comparable(first));
    expect(second[1]!.cells).toEqual([[0]]);
  });

  it('neutralises spreadsheet formulas in text cells without breaking the round trip', () => {
    const source = 'country,service,stakeholder,score\n"=HYPERLINK(""http://x"")",A,+SUM(1),3\n@cmd,B,-x,4\n';
    const first = importCsvText(source, { fileName: 'x.csv' }).matrices;
    const csv = exportLongCsv(first);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'+SUM(1)`);
    expect(csv).toContain(`'@cmd`);
    expect(csv).toContain(`'-x`);
    for (const line of csv.split('\r\n').slice(1))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(comparable(importCsvText(csv, { fileName: 'y.csv' }).matrices)).toEqual(comparable(first));
  });

  it.each(['=1+1', "'=1", "''@x", '\tx', 'plain', "it's", '-'])('guard and unguard are inverse for %j', (text) => {
    expect(unguardCell(guardCell(text))).toBe(text);
  });
});
