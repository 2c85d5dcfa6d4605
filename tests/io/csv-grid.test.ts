// guessDelimiter parses only the lines that hold its sample rows: it must guess exactly what parsing
// the whole 64 K sample guessed (the reference below is the earlier implementation).
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessDelimiter } from '../../src/io/csv-grid';

function guessOnWholeSample(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best = { d: ',', bad: Infinity, delta: Infinity, avg: 0 };
  for (const d of [',', '\t', ';', '|']) {
    const r = Papa.parse<string[]>(sample, { delimiter: d, newline: '\n', preview: 30, skipEmptyLines: 'greedy' });
    // Since #15: a first row longer than the whole sample (20,000 columns) is kept, not dropped as cut short.
    const rows =
      r.data.length === 30 || sample.length === text.length || r.data.length === 1 ? r.data : r.data.slice(0, -1);
    const counts = rows.map((row) => row.length);
    if (counts.length === 0) continue;
    const avg = counts.reduce((a, b) => a + b, 0) / counts.length;
    if (avg < 1.5) continue;
    let delta = 0;
    for (let i = 1; i < counts.length; i++) delta += Math.abs(counts[i]! - counts[i - 1]!);
    const bad = r.errors.length;
    if (bad < best.bad || (bad === best.bad && (delta < best.delta || (delta === best.delta && avg > best.avg))))
      best = { d, bad, delta, avg };
  }
  return best.d;
}

const cell = fc.constantFrom('', ' ', 'a', 'Japan', '5', '2,5', 'x;y', 'p|q', 'a\tb', '"q, r"', '"', 'NCSC', '日本');
const line = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(',', ';', '\t', '|'), fc.array(cell, { minLength: 1, maxLength: 8 }))
      .map(([d, cs]) => cs.join(d)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', ',,,', ';;', '\t', ' | ') },
);

describe('guessDelimiter', () => {
  it('guesses what parsing the whole sample guessed, for short and long texts', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), fc.integer({ min: 0, max: 3000 }), (lines, repeat) => {
        // Long texts repeat their lines past the 64 K sample.
        const text =
          lines.join('\n') +
          (repeat > 2000 && lines.length > 0
            ? '\n' + Array.from({ length: repeat }, (_, i) => lines[i % lines.length]).join('\n')
            : '');
        expect(guessDelimiter(text)).toBe(guessOnWholeSample(text));
      }),
      { numRuns: 600 },
    );
  });

  it('reads a semicolon file with blank and delimiter-only lines among its first rows', () => {
    const text = ['title', '', ';;;', ...Array.from({ length: 5000 }, (_, i) => `Land;A-${i % 9};NCSC;${i % 11}`)].join(
      '\n',
    );
    expect(guessDelimiter(text)).toBe(';');
    expect(guessOnWholeSample(text)).toBe(';');
  });
});
