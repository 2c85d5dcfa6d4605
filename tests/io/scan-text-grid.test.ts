// scanTextGrid splits a text without quotes itself, at its own line break (LF or CR LF): it must give
// exactly the rows, lines, delimiter and line count that the earlier implementation (normalise every
// line end to LF, then papaparse in 256 K slices) gave, for any text, quoted or not.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { normaliseText, scanTextGrid } from '../../src/io/csv-grid';

function scanAsBefore(input: string, delimiter: string, chunkSize: number) {
  const text = normaliseText(input);
  const quoted = text.indexOf('"') >= 0;
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    chunkSize,
    chunk: (r: Papa.ParseResult<string[]>) => {
      for (const row of r.data) {
        rows.push(row);
        lines.push(line);
        line += quoted ? 1 + row.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0) : 1;
      }
    },
  } as Papa.ParseConfig<string[]>);
  return { rows, lines, lineBreaks: Math.max(0, line - 2) };
}

function scanNow(text: string, delimiter: string) {
  const rows: string[][] = [];
  const lines: number[] = [];
  const fractions: number[] = [];
  const scan = scanTextGrid(text, {
    delimiter,
    onProgress: (f) => fractions.push(f),
    onRows: (r, l) => {
      rows.push(...r);
      lines.push(...l);
    },
  });
  return { rows, lines, lineBreaks: scan.lineBreaks, fractions };
}

const cell = fc.constantFrom('', ' ', 'a', 'Japan', '5', '2,5', 'x;y', 'NCSC', '日本', '\uFEFF', 'Source: x');
const eol = fc.constantFrom('\n', '\r\n', '\r');

describe('scanTextGrid', () => {
  it('splits texts without quotes as papaparse did after normalising (LF, CR LF, CR, mixed, BOMs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(cell, { maxLength: 5 }), eol), { maxLength: 30 }),
        fc.boolean(),
        fc.constantFrom('', '\uFEFF', '\uFEFF\uFEFF'),
        fc.boolean(),
        (parts, sameEol, bom, endsWithBreak) => {
          const end = parts[0]?.[1] ?? '\n';
          let text =
            bom +
            parts
              .map(
                ([cells, e], i) => cells.join(',') + (i < parts.length - 1 || endsWithBreak ? (sameEol ? end : e) : ''),
              )
              .join('');
          if (text.indexOf('"') >= 0) text = text.replaceAll('"', '');
          const now = scanNow(text, ',');
          const before = scanAsBefore(text, ',', 1 << 18);
          expect(now.rows).toEqual(before.rows);
          expect(now.lines).toEqual(before.lines);
          expect(now.lineBreaks).toBe(before.lineBreaks);
          expect(now.fractions.at(-1)).toBe(1);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('gives the same rows across its slices for a big CR LF file, and reports progress as it goes', () => {
    const line = (i: number) => `Country ${i % 7},D-${i % 64},Government CERT / national CSIRT,${i % 11}`;
    const text = Array.from({ length: 30_000 }, (_, i) => line(i)).join('\r\n') + '\r\n';
    const now = scanNow(text, ',');
    const before = scanAsBefore(text, ',', 1 << 18);
    expect(now.rows.length).toBe(30_001);
    expect(now.rows[29_999]).toEqual(['Country 4', 'D-47', 'Government CERT / national CSIRT', '2']);
    expect(now.rows).toEqual(before.rows);
    expect(now.lines).toEqual(before.lines);
    expect(now.lineBreaks).toBe(30_000);
    expect(now.fractions.length).toBeGreaterThan(3);
    expect(now.fractions.at(-1)).toBe(1);
  });

  it('reads quoted texts as before (their line breaks inside quotes are counted)', () => {
    const text = 'a,"b\r\nc",d\r\ne,f,g\r\n"h",i\rj\n';
    const now = scanNow(text, ',');
    const before = scanAsBefore(text, ',', 1 << 18);
    expect(now.rows).toEqual([['a', 'b\r\nc', 'd'], ['e', 'f', 'g'], ['h', 'i'], ['j'], ['']]);
    expect(now.rows).toEqual(before.rows);
    expect(now.lines).toEqual([1, 3, 4, 5, 6]);
    expect(now.lines).toEqual(before.lines);
  });
});
