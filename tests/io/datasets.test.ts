import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../src/io/csv-import';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { effectiveScore, type RoleMatrix } from '../../src/domain/matrix';

const COUNTRIES = [
  ['japan', 'Japan'],
  ['united-states', 'United States'],
  ['singapore', 'Singapore'],
] as const;

/** Reads a seed table with nothing but string splitting: an oracle independent of the importer. */
function naiveSeed(file: string): { stakeholders: string[]; rows: { id: string; cells: string[] }[] } {
  const lines = readFileSync(`tests/fixtures/seed/${file}.tsv`, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
  const header = lines.find((l) => l[2] === 'NCSC')!;
  const rows = lines.filter((l) => /^[A-I]\)/.test(l[1] ?? '')).map((l) => ({ id: l[1]![0]!, cells: l.slice(2, 12) }));
  return { stakeholders: header.slice(2, 12), rows };
}

function cellOf(m: RoleMatrix, rowKey: string, stakeholderName: string) {
  const r = m.rows.findIndex((x) => x.key === rowKey);
  const c = m.stakeholders.findIndex((x) => x.name === stakeholderName);
  if (r < 0 || c < 0) throw new Error(`no cell ${rowKey} × ${stakeholderName}`);
  return m.cells[r]![c];
}

describe('bundled datasets', () => {
  const bundled = loadBundledMatrices();

  it('are Japan, the United States and Singapore, read-only, with provenance', () => {
    expect(bundled.map((m) => m.country)).toEqual(['Japan', 'United States', 'Singapore']);
    for (const m of bundled) {
      expect(m.bundled).toBe(true);
      expect(m.provenance.source).toContain('JPCERT/CC');
      expect(m.provenance.date).toBe('2024-02');
      expect(m.provenance.caveat).toContain('text extraction');
      expect(m.rows.map((r) => r.x1060Id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
      expect(m.stakeholders).toHaveLength(10);
    }
  });

  describe.each(COUNTRIES)('%s', (file, country) => {
    const dataset = bundled.find((m) => m.country === country)!;
    const seed = naiveSeed(file);
    const viaImporter = importCsvText(readFileSync(`tests/fixtures/seed/${file}.tsv`, 'utf8'), {
      fileName: `${country}.tsv`,
    });

    it('imports the seed table without errors', () => {
      expect(viaImporter.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(viaImporter.format).toBe('wide');
      expect(viaImporter.matrices).toHaveLength(1);
    });

    it('matches the seed table cell by cell (90 cells), both through the importer and by plain splitting', () => {
      expect(seed.rows).toHaveLength(9);
      let checked = 0;
      for (const row of seed.rows) {
        seed.stakeholders.forEach((name, c) => {
          const raw = row.cells[c]!;
          const expected = raw === '' ? null : Number(raw);
          expect(cellOf(dataset, row.id, name), `${country} ${row.id} ${name}`).toBe(expected);
          expect(cellOf(viaImporter.matrices[0]!, row.id, name), `${country} ${row.id} ${name} (importer)`).toBe(
            expected,
          );
          checked++;
        });
      }
      expect(checked).toBe(90);
    });
  });

  it('keep the seed figures the slides comment on', () => {
    const total = (m: RoleMatrix, name: string) => {
      const c = m.stakeholders.findIndex((s) => s.name === name);
      return m.cells.reduce((sum, row) => sum + (effectiveScore(row[c]!) ?? 0), 0);
    };
    const [jp, us, sg] = bundled as [RoleMatrix, RoleMatrix, RoleMatrix];
    expect([total(jp, 'NCSC'), total(us, 'NCSC'), total(sg, 'NCSC')]).toEqual([25, 66, 63]);
    expect([total(jp, 'Private CSIRTs'), total(us, 'Private CSIRTs'), total(sg, 'Private CSIRTs')]).toEqual([
      45, 46, 40,
    ]);
  });
});
