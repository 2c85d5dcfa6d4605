// Reading a big long file in two halves (two workers) must give exactly what reading it whole gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../src/io/csv-import';
import type { LongLayout } from '../../../src/io/long-lines';
import { earlyLongLayout } from '../../../src/io/worker/early-layout';
import { importBytes, MAX_IMPORT_BYTES } from '../../../src/io/import-files';
import {
  decodeTail,
  importBytesInTwo,
  joinedEncoding,
  lineStartAfter,
  splitPoint,
  splittable,
} from '../../../src/io/worker/split-read';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('splitPoint', () => {
  const lines = (n: number, eol: string) =>
    utf8(Array.from({ length: n }, (_, i) => `Land,A-${(i % 9) + 1},NCSC,${i % 11}`).join(eol) + eol);

  it('cuts at the start of the first line after the middle', () => {
    const bytes = lines(1000, '\n');
    const cut = splitPoint(bytes, undefined, 1024)!;
    expect(cut).toBeGreaterThan(bytes.length / 2);
    expect(bytes[cut - 1]).toBe(0x0a);
    expect(new TextDecoder().decode(bytes.subarray(bytes.length >> 1, cut - 1))).not.toContain('\n');
  });

  it('keeps CR LF pairs whole and finds lone CR line ends', () => {
    const crlf = lines(1000, '\r\n');
    const cut = splitPoint(crlf, undefined, 1024)!;
    expect([crlf[cut - 2], crlf[cut - 1]]).toEqual([0x0d, 0x0a]);
    const cr = lines(1000, '\r');
    const at = splitPoint(cr, undefined, 1024)!;
    expect(cr[at - 1]).toBe(0x0d);
    expect(cr[at]).toBe('L'.charCodeAt(0));
    // The middle falling between CR and LF still cuts after the pair.
    const pair = utf8('ab\r\ncd\r\n');
    expect(lineStartAfter(pair, 3)).toBe(4);
    expect(lineStartAfter(pair, 2)).toBe(4);
    expect(lineStartAfter(pair, 7)).toBeUndefined();
  });

  it('does not cut small files, UTF-16 or files without a line break after the middle', () => {
    expect(splitPoint(lines(1000, '\n'))).toBeUndefined();
    expect(splitPoint(lines(1000, '\n'), 'utf-16le', 1024)).toBeUndefined();
    expect(splitPoint(concat(new Uint8Array([0xff, 0xfe]), lines(1000, '\n')), undefined, 1024)).toBeUndefined();
    expect(splitPoint(utf8('x'.repeat(5000)), undefined, 1024)).toBeUndefined();
  });

  it('reads a file with a double quote or a NUL byte in either half whole (each worker checks its own half)', () => {
    const body = lines(1000, '\n');
    const quoted = utf8('country,service,stakeholder,score,note\nLand,A-1,"N, SC",1,"two\nlines"\n');
    const files = [
      concat(utf8('country,service,stakeholder,score\n'), body, utf8('Land,A-1,"N, SC",1\n')),
      concat(quoted, body),
      concat(utf8('country,service,stakeholder,score\n'), body, new Uint8Array([0])),
      concat(utf8('country,service,stakeholder,score\nLand,A-1,NC\u0000SC,1\n'), body),
    ];
    for (const bytes of files) {
      const cut = splitPoint(bytes, undefined, 1024)!;
      expect(cut).toBeGreaterThan(0);
      const two = importBytesInTwo('Land.csv', bytes, cut);
      expect(two.joined).toBe(false);
      expect(two.result).toEqual(importBytes('Land.csv', bytes));
    }
    expect(splittable('Land,A-1,NCSC,1\n')).toBe(true);
    expect(splittable('Land,A-1,"NCSC",1\n')).toBe(false);
    expect(splittable('Land,A-1,NC\u0000SC,1\n')).toBe(false);
  });
});

describe('decoding the halves apart', () => {
  it('keeps a U+FEFF at the start of the tail (only a file can begin with a byte-order mark)', () => {
    expect(decodeTail(utf8('\uFEFFLand'), 'guess').text).toBe('\uFEFFLand');
    expect(decodeTail(utf8('\uFEFFLand'), 'utf-8').text).toBe('\uFEFFLand');
  });

  it('guesses Shift_JIS for a tail that is not UTF-8', () => {
    expect(decodeTail(new Uint8Array([0x93, 0xfa, 0x96, 0x7b]), 'guess')).toEqual({
      text: '日本',
      encoding: 'shift_jis',
      ascii: false,
      certain: true,
    });
    expect(decodeTail(utf8('abc'), 'guess')).toEqual({ text: 'abc', encoding: 'utf-8', ascii: true, certain: true });
  });

  it('joins encodings only where the halves read as the whole file would', () => {
    const part = (encoding: 'utf-8' | 'shift_jis' | 'windows-1252', ascii: boolean, certain = true) => ({
      text: '',
      encoding,
      ascii,
      certain,
    });
    expect(joinedEncoding(part('utf-8', false), part('utf-8', false))).toBe('utf-8');
    expect(joinedEncoding(part('utf-8', true), part('shift_jis', false))).toBe('shift_jis');
    expect(joinedEncoding(part('shift_jis', false), part('utf-8', true))).toBe('shift_jis');
    expect(joinedEncoding(part('utf-8', false), part('shift_jis', false))).toBeUndefined();
    expect(joinedEncoding(part('shift_jis', false), part('utf-8', false))).toBeUndefined();
    expect(joinedEncoding(part('utf-8', true), part('windows-1252', false))).toBe('windows-1252');
    expect(joinedEncoding(part('windows-1252', false), part('shift_jis', false))).toBeUndefined();
    // A half whose encoding was a guess, or UTF-8 with odd bytes, makes the whole file read whole: it is noted.
    expect(joinedEncoding(part('shift_jis', false, false), part('shift_jis', false))).toBeUndefined();
    expect(joinedEncoding(part('utf-8', false), part('utf-8', false, false))).toBeUndefined();
  });
});

describe('importBytesInTwo', () => {
  const header = 'country,service,stakeholder,score,note\n';
  const body = [
    'Japan,A-1,NCSC,5,',
    'Japan,A-2,Ministry X,NA,first seen in the head',
    'Japan,Total,NCSC,9,',
    'Japan,A-3,ISAC,11,',
    '',
    'Japan,A-4,NCSC,7,',
    // the cut falls here
    'Japan,A-1,NCSC,6,given twice',
    'Japan,Total,NCSC,3,',
    'Japan,A-5,Ministry Y,x,',
    'Singapore,A-1,Ministry Y,2,custom first seen in the tail',
    'Japan,A-6,PSIRT,4,',
  ];
  const text = header + body.join('\n') + '\n';
  const bytes = utf8(text);
  const cut = utf8(header + body.slice(0, 6).join('\n') + '\n').length;

  it('reads problems of the tail on their own lines, duplicates across the halves and totals in both', () => {
    const whole = importBytes('t.csv', bytes);
    const two = importBytesInTwo('t.csv', bytes, cut);
    expect(two.joined).toBe(true);
    expect(two.result).toEqual(whole);
    const where = two.result.problems.map((p) => [p.code, p.line]);
    expect(where).toEqual([
      ['out-of-range', 5],
      ['duplicate-cell', 8],
      ['not-a-score', 10],
      ['totals-row', 4],
      ['custom-stakeholder', 3],
      ['custom-stakeholder', 10],
    ]);
    expect(two.result.problems.find((p) => p.code === 'totals-row')!.params).toEqual({ name: 'Total', count: 2 });
  });

  it('reads a good file into the same matrices, notes and warnings', () => {
    const good = utf8(
      header +
        ['Japan,A-1,NCSC,5,a', 'Japan,A-2,Ministry X,NA,', 'Singapore,A-1,Ministry Y,2,b', 'Japan,A-3,ISAC,10,c'].join(
          '\r\n',
        ) +
        '\r\n',
    );
    const at = lineStartAfter(good, good.length >> 1)!;
    const two = importBytesInTwo('g.csv', good, at);
    expect(two.joined).toBe(true);
    expect(two.result).toEqual(importBytes('g.csv', good));
    expect(two.result.matrices.map((m) => m.country)).toEqual(['Japan', 'Singapore']);
    expect(two.result.problems.map((p) => [p.code, p.line])).toEqual([
      ['custom-stakeholder', 3],
      ['custom-stakeholder', 4],
      // Japan's 3 rows × 3 stakeholders give 3 cells; Singapore's 1 × 1 gives its one.
      ['unlisted-cells', undefined],
    ]);
    expect(two.result.unlisted).toHaveLength(6);
  });

  it('reads the whole file again when the head is not a long file', () => {
    const wide = utf8('Service,NCSC,ISAC\nA-1,5,2\nA-2,3,\nA-3,1,1\n');
    const two = importBytesInTwo('Japan.csv', wide, lineStartAfter(wide, 4)!);
    expect(two.joined).toBe(false);
    expect(two.result).toEqual(importBytes('Japan.csv', wide));
  });
});

// Words with their Shift_JIS bytes, so that files can be written in both encodings.
const WORDS: Record<string, number[]> = {
  日本: [0x93, 0xfa, 0x96, 0x7b],
  合計: [0x8d, 0x87, 0x8c, 0x76],
  不明: [0x95, 0x73, 0x96, 0xbe],
  警察: [0x8c, 0x78, 0x8e, 0x40],
  ｱ: [0xb1],
};
type Token = string;
/** Every character of Windows-1252 at its byte (as browsers decode it). */
const CP1252 = Array.from(new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i)));
/** A token in Windows-1252; a character it lacks (Japanese) is written as é. */
const latin1 = (t: string) => Uint8Array.from([...t].map((c) => (CP1252.indexOf(c) >= 0 ? CP1252.indexOf(c) : 0xe9)));
type Enc = 'utf-8' | 'shift_jis' | 'windows-1252';
const encode = (tokens: Token[], enc: Enc) =>
  concat(
    ...tokens.map((t) =>
      enc === 'windows-1252' ? latin1(t) : enc === 'shift_jis' && WORDS[t] ? new Uint8Array(WORDS[t]) : utf8(t),
    ),
  );

const cellText = fc.constantFrom(
  'Japan',
  'Land 2',
  '日本',
  ' 警察 ',
  '',
  'A-1',
  'B-3',
  'D-2',
  'Total',
  '合計',
  'NCSC',
  'PSIRT',
  'Ministry ｱ',
  'ISAC',
  '=cmd',
  "'=cmd",
  'México',
  'Türkiye',
  'Source: x',
  'Note: y',
);
const scoreText = fc.constantFrom('', '0', '-0', '5', '10', '2.5', '2,5', 'NA', '不明', '?', '-', '11', 'x', ' 7 ');
const line = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(cellText, cellText, cellText, scoreText, fc.constantFrom('', 'note', '日本'))
      .map((cells) => cells),
  },
  { weight: 1, arbitrary: fc.constant<string[]>(['']) },
  { weight: 1, arbitrary: fc.tuple(cellText, cellText).map((cells) => cells) },
  // More fields than the header (a note's unquoted delimiter), read as an error in either half.
  {
    weight: 1,
    arbitrary: fc.tuple(cellText, cellText, cellText, scoreText, cellText, cellText, cellText).map((cells) => cells),
  },
);
const fileArb = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  title: fc.boolean(),
  lines: fc.array(line, { minLength: 1, maxLength: 40 }),
  cutAt: fc.double({ min: 0, max: 1, noNaN: true }),
  encoding: fc.constantFrom<'utf-8' | 'utf-8-bom' | 'shift_jis' | 'windows-1252'>(
    'utf-8',
    'utf-8-bom',
    'shift_jis',
    'windows-1252',
  ),
  forced: fc.boolean(),
});

describe('importBytesInTwo (property)', () => {
  it('gives what importBytes gives, for any file and any cut at a line start', () => {
    let joined = 0;
    fc.assert(
      fc.property(fileArb, (f) => {
        const tokens: Token[] = [];
        const push = (cells: string[]) => {
          cells.forEach((c, i) => {
            if (i > 0) tokens.push(f.delimiter);
            // Japanese words are separate tokens so that they can be written in Shift_JIS.
            for (const part of c.split(/(日本|合計|不明|警察|ｱ)/)) if (part) tokens.push(part);
          });
          tokens.push(f.eol);
        };
        if (f.title) push(['Division of roles']);
        push(['country', 'service', 'stakeholder', 'score', 'note']);
        const headerTokens = tokens.length;
        f.lines.forEach(push);
        const enc: Enc = f.encoding === 'utf-8-bom' ? 'utf-8' : f.encoding;
        const body = encode(tokens, enc);
        const bytes = f.encoding === 'utf-8-bom' ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
        const headerEnd = bytes.length - body.length + encode(tokens.slice(0, headerTokens), enc).length;
        const cut = lineStartAfter(bytes, Math.floor(f.cutAt * bytes.length));
        if (cut === undefined) return;
        const options = f.forced ? { encoding: enc } : {};
        const two = importBytesInTwo('f.csv', bytes, cut, options);
        const whole = importBytes('f.csv', bytes, options);
        expect(two.result).toEqual(whole);
        // The halves were really read apart whenever the head holds the header of a file read as long
        // (cells such as "2,5" can make the delimiter guess a comma, and then it is not).
        // A file in Shift_JIS or Windows-1252 is joined when each half's score decides clearly; a half
        // too short to tell is read whole again (detection then sees the whole file).
        const detected = !f.forced && (enc !== 'utf-8' || whole.problems.some((p) => p.code === 'encoding-mixed'));
        if (cut >= headerEnd && whole.format === 'long' && !detected) expect(two.joined).toBe(true);
        if (two.joined) joined++;
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
    expect(joined).toBeGreaterThan(100);
  });

  it('reads the file whole again when the halves decode otherwise than the whole (UTF-8 head, a tail with one odd byte)', () => {
    const head = utf8('country,service,stakeholder,score\n日本,A-1,NCSC,5\n');
    const tail = concat(utf8('Land '), new Uint8Array([0xb1]), utf8(',A-2,NCSC,3\n'));
    const bytes = concat(head, tail);
    const two = importBytesInTwo('m.csv', bytes, head.length);
    expect(two.joined).toBe(false);
    expect(two.result).toEqual(importBytes('m.csv', bytes));
    // The whole file is UTF-8 but for that byte, read as Windows-1252 and noted on its line.
    expect(two.result.encoding).toBe('utf-8');
    expect(two.result.matrices.map((m) => m.country)).toEqual(['日本', 'Land ±']);
    expect(two.result.problems[0]).toMatchObject({ severity: 'warning', code: 'encoding-mixed', line: 3 });
  });

  it('joins the halves of a Windows-1252 file and reads it as a whole read does', () => {
    const latin = (s: string) => Uint8Array.from([...s].map((c) => CP1252.indexOf(c)));
    const lines = ['country,service,stakeholder,score'];
    for (let i = 0; i < 300; i++)
      lines.push(`${i % 2 ? 'México' : "Côte d'Ivoire"},A-${(i % 9) + 1},Société ${i},${i % 11}`);
    const bytes = latin(`${lines.join('\r\n')}\r\n`);
    const two = importBytesInTwo('w.csv', bytes, lineStartAfter(bytes, bytes.length >> 1)!);
    expect(two.joined).toBe(true);
    expect(two.result).toEqual(importBytes('w.csv', bytes));
    expect(two.result.encoding).toBe('windows-1252');
    expect(two.result.matrices.map((m) => m.country)).toEqual(["Côte d'Ivoire", 'México']);
  });
});

describe('earlyLongLayout', () => {
  const variants = [
    { delimiter: ',', eol: '\n', title: false, bom: false },
    { delimiter: ';', eol: '\r\n', title: true, bom: true },
    { delimiter: '\t', eol: '\r', title: true, bom: false },
    { delimiter: '|', eol: '\r\n', title: false, bom: false },
  ];
  it.each(variants)(
    'finds from the first lines the layout the whole scan finds (%o)',
    ({ delimiter, eol, title, bom }) => {
      const head = ['note', 'Country', 'Service', 'Player', 'Score'].join(delimiter);
      const lines = [...(title ? ['Division of roles, 2024', ''] : []), head];
      for (let i = 0; i < 12000; i++)
        lines.push(['n', `Land ${i % 7}`, `A-${(i % 9) + 1}`, 'NCSC', String(i % 11)].join(delimiter));
      const text = (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
      const found: LongLayout[] = [];
      readCsvText(text, { fileName: 'Land.csv', onLongLayout: (l) => found.push(l) });
      expect(found).toHaveLength(1);
      const early = earlyLongLayout(text, 'Land.csv');
      expect(early).toEqual(found[0]);
      expect(early!.header).toMatchObject({
        index: title ? 2 : 0,
        country: 1,
        service: 2,
        stakeholder: 3,
        score: 4,
        note: 0,
      });
      // A decimal comma is unambiguous wherever the comma is not the delimiter.
      expect(early!.context.decimalComma).toBe(delimiter !== ',');
    },
  );

  it('tells nothing of short or wide texts', () => {
    expect(earlyLongLayout('country,service,stakeholder,score\nJapan,A-1,NCSC,5\n', 'x.csv')).toBeUndefined();
    const wide = ['Service,NCSC,ISAC', ...Array.from({ length: 20000 }, (_, i) => `A-${(i % 9) + 1},${i % 11},`)].join(
      '\n',
    );
    expect(earlyLongLayout(wide, 'Japan.csv')).toBeUndefined();
  });
});

describe('importBytesInTwo on big files (property)', () => {
  // Files of 12,000–20,000 lines from a seed: the head's first lines decide the layout early, the text
  // spans several 256 K slices, and some files hold more problems than the reader keeps (100).
  const bigFile = (seed: number, errorRate: number) => {
    let x = seed >>> 0 || 1;
    const rand = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % n;
    };
    const delimiter = [',', ';', '\t', '|'][rand(4)]!;
    const eol = ['\n', '\r\n', '\r'][rand(3)]!;
    const lines = rand(2) ? ['Division of roles, 2024', ''] : [];
    lines.push(['Country', 'Service', 'Stakeholder', 'Score', 'Note'].join(delimiter));
    const countries = 50 + rand(30);
    // A decimal comma only where the delimiter is a semicolon (elsewhere "2,5" is not a score).
    const scores = ['', '0', '-0', '5', '10', delimiter === ';' ? '2,5' : '2.5', 'NA', '不明', '-', ' 7 '];
    const stakeholders = ['NCSC', 'PSIRT', 'ISAC', `Ministry ${rand(3)}`];
    // Every cell once, in file order (a few skipped); with errors on, some wrong scores, totals, blanks and repeats.
    for (let c = 0; c < countries; c++)
      for (const cat of 'ABCDEFGHI')
        for (let s = 1; s <= 7; s++)
          for (const st of stakeholders) {
            if (rand(10) === 0) continue;
            const wrong = errorRate > 0 && rand(errorRate) === 0;
            const score = wrong ? ['x', '11'][rand(2)]! : scores[rand(scores.length)]!;
            const service = wrong && rand(4) === 0 ? ['Total', ''][rand(2)]! : `${cat}-${s}`;
            const line = [
              `Land ${c}`,
              service,
              wrong && rand(8) === 0 ? '' : st,
              score,
              rand(20) ? '' : `note ${c}.${s}`,
            ].join(delimiter);
            lines.push(line);
            if (wrong && rand(4) === 0) lines.push(line);
            if (rand(300) === 0) lines.push('');
          }
    return utf8(lines.join(eol) + eol);
  };

  it('gives what importBytes gives, with the layout found from the first lines', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(0, 0, 3, 200),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (seed, errorRate, at) => {
          const bytes = bigFile(seed, errorRate);
          const cut = lineStartAfter(bytes, Math.floor(at * bytes.length))!;
          const two = importBytesInTwo('big.csv', bytes, cut);
          expect(two.joined).toBe(true);
          const whole = importBytes('big.csv', bytes);
          expect(two.result).toEqual(whole);
          if (errorRate === 0) expect(whole.matrices.length).toBeGreaterThan(0);
          accepted += whole.matrices.length > 0 ? 1 : 0;
        },
      ),
      { numRuns: 12 },
    );
    // Files without errors give their matrices (and so are compared cell by cell).
    expect(accepted).toBeGreaterThan(0);
  });

  it('stops reading on the same line when the problems pile up in the second half', () => {
    const lines = ['country,service,stakeholder,score'];
    for (let i = 0; i < 4000; i++)
      lines.push(`Land ${i % 40},${'ABCDEFGHI'[i % 9]}-${(i % 7) + 1},Min ${Math.floor(i / 63)},${i % 11}`);
    // 150 bad scores from line 3,000 on, with blank and totals lines among them.
    for (let i = 0; i < 150; i++)
      lines.push(`Land 99,A-1,Bad ${i},${20 + i}`, i % 10 === 0 ? '' : `Land 99,Total,Bad ${i},1`);
    const bytes = utf8(lines.join('\r\n') + '\r\n');
    const whole = importBytes('late.csv', bytes);
    const stop = whole.problems.at(-1)!;
    expect(stop).toMatchObject({ code: 'more-errors', params: { n: 51, max: 100 } });
    expect(Number(stop.params.stoppedAt)).toBeGreaterThan(4000);
    for (const at of [0.3, 0.5, 0.7]) {
      const two = importBytesInTwo('late.csv', bytes, lineStartAfter(bytes, Math.floor(at * bytes.length))!);
      expect(two.joined).toBe(true);
      expect(two.result).toEqual(whole);
    }
  });

  it('refuses a file over the size limit, as a whole read does', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    const two = importBytesInTwo('huge.csv', bytes, 10);
    expect(two.result.problems.map((p) => p.code)).toEqual(['too-large']);
    expect(two.result).toEqual(importBytes('huge.csv', bytes));
  });
});
