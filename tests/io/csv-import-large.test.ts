import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../src/io/csv-import';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { describeProblem } from './said';

// Long files are read slice by slice as they are parsed (slices of 256 K characters): rows, line
// numbers and problems must come out the same wherever a slice boundary falls.
const STAKEHOLDERS = ['NCSC', 'National CSIRT', 'PSIRT', 'Private CSIRT', 'Law enforcement and justice'];

function bigLong(
  countries: number,
  lineEnd = '\n',
  note?: (c: number, r: number, k: number) => string | undefined,
): string {
  const out = [note ? 'country,service,stakeholder,score,note' : 'country,service,stakeholder,score'];
  for (let c = 0; c < countries; c++)
    X1060_SERVICES.forEach((s, r) =>
      STAKEHOLDERS.forEach((n, k) => {
        const v = (c * 7 + r * 3 + k) % 12;
        const cells = [`Country ${c + 1}`, s.id, n, v === 11 ? 'NA' : String(v)];
        if (note) cells.push(note(c, r, k) ?? '');
        out.push(cells.join(','));
      }),
    );
  return out.join(lineEnd) + lineEnd;
}

describe('a long file larger than one parsing slice', () => {
  it('reads every cell of every country, whatever the line ends', () => {
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      const text = bigLong(60, lineEnd);
      expect(text.length).toBeGreaterThan(2 * 256 * 1024);
      const r = importCsvText(text, { fileName: 'big.csv' });
      expect(r.problems).toEqual([]);
      expect(r.matrices).toHaveLength(60);
      const m = r.matrices[59]!;
      expect(m.country).toBe('Country 60');
      expect(m.rows).toHaveLength(X1060_SERVICES.length);
      expect(m.stakeholders.map((s) => s.typeId)).toEqual([
        'ncsc',
        'national-csirt',
        'psirt',
        'private-csirt',
        'le-justice',
      ]);
      // Country 60, service 10, stakeholder 3: (59·7 + 10·3 + 3) % 12 = 2; service 2, stakeholder 0: 11 → NA.
      expect(m.cells[10]![3]).toBe(2);
      expect(m.cells[2]![0]).toBe('unknown');
      expect(r.matrices.flatMap((x) => x.cells.flat()).filter((v) => v === 'unknown')).toHaveLength((60 * 64 * 5) / 12);
    }
  });

  it('names the right line for problems far into the file, past several slices', () => {
    const lines = bigLong(60).split('\n');
    const at = lines.length - 10; // 0-based index → line at + 1
    lines[at] = lines[at]!.replace(/,[^,]*$/, ',eleven');
    lines[at + 3] = lines[at + 3]!.replace(/,[^,]*$/, ',12');
    const r = importCsvText(lines.join('\n'), { fileName: 'big.csv' });
    expect(r.matrices).toEqual([]);
    expect(r.problems.map(describeProblem)).toEqual([
      `line ${at + 1}, column 4 (D, score): "eleven" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown`,
      `line ${at + 4}, column 4 (D, score): score 12 is outside 0–10`,
    ]);
  });

  it('counts the lines of quoted multi-line notes across slices', () => {
    // Every 50th cell has a note spanning three lines; the last line holds an error.
    const note = (c: number, r: number, k: number) =>
      (c * 320 + r * 5 + k) % 50 === 0 ? '"first\nsecond\nthird, with a comma"' : undefined;
    const text = bigLong(60, '\n', note) + 'Country 1,Z-9,NCSC,bad\n';
    const physicalLines = text.split('\n').length - 1;
    const r = importCsvText(text, { fileName: 'big.csv' });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.code])).toEqual([
      [physicalLines, 'not-a-score'],
    ]);
    const ok = importCsvText(bigLong(60, '\n', note), { fileName: 'big.csv' });
    expect(ok.problems).toEqual([]);
    expect(ok.matrices[0]!.notes?.[`A-1\u0000ncsc`]).toBe('first\nsecond\nthird, with a comma');
  });

  it('finds a long header below title lines even when the file is shorter than the rows searched', () => {
    const r = importCsvText('Role map\n\ncountry,service,stakeholder,score\nX,D-2,NCSC,4\n', { fileName: 't.csv' });
    expect(r.format).toBe('long');
    expect(r.matrices[0]!.cells).toEqual([[4]]);
  });
});
