import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding } from '../../src/io/decode-text';
import { importBytes } from '../../src/io/import-files';
import { said } from './said';

// "国,サービス" in Shift_JIS, written out as bytes so that no editor can re-encode the fixture.
const SJIS_JAPAN = [0x93, 0xfa, 0x96, 0x7b]; // 日本
const sjis = (prefix: string, bytes: number[], suffix: string) =>
  new Uint8Array([...new TextEncoder().encode(prefix), ...bytes, ...new TextEncoder().encode(suffix)]);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeBytes(new TextEncoder().encode('日本'))).toEqual({ text: '日本', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe5, 0x65]))).toEqual({
      text: 'A日',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual({ text: 'A', encoding: 'utf-16be' });
  });

  it('falls back to Shift_JIS for bytes that are not UTF-8', () => {
    expect(decodeBytes(sjis('', SJIS_JAPAN, ''))).toEqual({ text: '日本', encoding: 'shift_jis' });
  });

  it('imports a Shift_JIS file with a Japanese country name intact', () => {
    const bytes = sjis('country,service,stakeholder,score\n', SJIS_JAPAN, ',D-2,NCSC,9\n');
    const r = importBytes('jp.csv', bytes);
    expect(r.problems).toEqual([]);
    expect(r.matrices[0]!.country).toBe('日本');
  });
});

// Encoders built from the decoders' own tables (TextEncoder writes only UTF-8).
const CP1252 = Array.from(new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i)));
const SJIS = (() => {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis');
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) map.set(decoder.decode(Uint8Array.of(b)), [b]);
  for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)])
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
      const c = decoder.decode(Uint8Array.of(lead, trail));
      if (c.length === 1 && c !== '\uFFFD' && !map.has(c)) map.set(c, [lead, trail]);
    }
  return map;
})();
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
const encode1252 = (s: string) =>
  Uint8Array.from(
    [...s].map((c) => {
      const b = CP1252.indexOf(c);
      if (b < 0) throw new Error(`not in Windows-1252: ${c}`);
      return b;
    }),
  );
const encodeSjis = (s: string) =>
  Uint8Array.from(
    [...s].flatMap(
      (c) =>
        SJIS.get(c) ??
        (() => {
          throw new Error(`not in Shift_JIS: ${c}`);
        })(),
    ),
  );
const encodeUtf16 = (s: string, be: boolean) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
};
const u8 = (s: string) => new TextEncoder().encode(s);

describe('detecting Windows-1252 / Latin-1', () => {
  const file =
    "country,service,stakeholder,score\r\nMéxico,D-2,NCSC,9\r\nCôte d'Ivoire,A,NCSC,3\r\nTürkiye,B,ISAC,2\r\n";

  it('reads México, Côte d’Ivoire and Türkiye exactly (they read as M騙ico, Ce d’Ivoire and T�rkiye as Shift_JIS)', () => {
    const r = importBytes('latin.csv', encode1252(file));
    expect(r.encoding).toBe('windows-1252');
    expect(r.problems).toEqual([]);
    expect(r.matrices.map((m) => m.country)).toEqual(['México', "Côte d'Ivoire", 'Türkiye']);
    for (const name of ['México', 'Türkiye', 'Zürich', 'São Paulo', 'Réunion', 'Curaçao', 'Åland', 'Øresund', 'Straße'])
      expect(decodeBytes(encode1252(name)).text, name).toBe(name);
  });

  it('warns when the choice was a guess between close candidates, naming the other', () => {
    const r = importBytes('c.csv', encode1252('country,service,stakeholder,score\nça,A,NCSC,1\n'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'encoding-guess',
        params: { encoding: 'Windows-1252 / ISO-8859-1 (Latin-1)', other: 'Shift_JIS (CP932)' },
      }),
    ]);
    expect(said(r.problems[0]!)).toMatch(
      /^the text encoding is a guess between Windows-1252 \/ ISO-8859-1 \(Latin-1\) and Shift_JIS \(CP932\)/,
    );
    expect(r.matrices).toHaveLength(1);
  });

  it('reads a file forced to Windows-1252 as such, with no warning', () => {
    expect(decodeBytes(encode1252('ça'), 'windows-1252')).toEqual({ text: 'ça', encoding: 'windows-1252' });
  });
});

describe('UTF-8 with a few other bytes', () => {
  it('keeps 日本 and reads the odd byte as Windows-1252, naming its line', () => {
    const bytes = new Uint8Array([
      ...u8('country,service,stakeholder,score\n日本,A,NCSC,1\n'),
      ...u8('M'),
      0xe9,
      ...u8('xico,A,NCSC,2\n'),
    ]);
    const r = importBytes('mixed.csv', bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.matrices.map((m) => m.country)).toEqual(['日本', 'México']);
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'encoding-mixed',
        line: 3,
        params: { n: 1, lines: '3', lineCount: 1, chars: 'é' },
      },
    ]);
    expect(said(r.problems[0]!)).toBe(
      'the file is UTF-8 except for 1 byte on line 3, which is not UTF-8: it was read as Windows-1252 (é); check that line, or choose another encoding under "Text encoding"',
    );
  });

  it('lists the first lines holding such bytes', () => {
    // Twelve odd bytes among 36 Japanese characters: still "a few" (at most one per two valid characters).
    const lines = ['country,service,stakeholder,score', ...'ABCDEFGHI'.split('').map((id) => `日本国民,${id},NCSC,1`)];
    for (let i = 0; i < 12; i++) lines.push(`X${i}\u0000,A,NCSC,1`);
    const bytes = u8(`${lines.join('\r\n')}\r\n`).map((b) => (b === 0 ? 0xfc : b));
    const d = decodeBytes(bytes);
    expect(d.note).toEqual({ kind: 'mixed', bytes: 12, lines: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20], chars: 'ü' });
    expect(said(importBytes('m.csv', bytes).problems[0]!)).toContain(
      'on lines 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 …, which are not UTF-8',
    );
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is told by its NUL bytes, LE and BE, instead of being called binary', () => {
    const text = 'country,service,stakeholder,score\n日本,D-2,NCSC,9\nMéxico,A,ナショナルCSIRT,3\n';
    for (const be of [false, true]) {
      const r = importBytes('u16.csv', encodeUtf16(text, be));
      expect(r.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
      expect(r.problems).toEqual([]);
      expect(r.matrices.map((m) => m.country)).toEqual(['日本', 'México']);
    }
  });

  it('still calls bytes with NULs in no such pattern binary', () => {
    const r = importBytes(
      'x.png',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
    );
    expect(r.problems.map((p) => p.code)).toEqual(['binary']);
  });
});

// Random text in each encoding, as a CSV would hold it, is detected as that encoding and read back exactly.
const ascii = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  minLength: 1,
  maxLength: 6,
});
const accented = fc.constantFrom(...'éèêëàâäçîïôöûüùñóíáúãõÉÅØøåæßÜÖÄÇÑ');
/** A Latin word: ASCII letters with accented letters between them, never two side by side. */
const latinWord = fc
  .tuple(ascii, fc.array(fc.tuple(accented, ascii), { minLength: 1, maxLength: 3 }))
  .map(([a, rest]) => a + rest.map(([x, y]) => x + y).join(''));
const latinName = fc.array(latinWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const KANA_KANJI =
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンー日本国警察合計不明情報安全政府機関民間学術対応事業者団体組織研究所';
const japaneseName = fc.string({ unit: fc.constantFrom(...KANA_KANJI), minLength: 2, maxLength: 8 });
const csvOf = (names: string[]) =>
  `country,service,stakeholder,score\n${names.map((n, i) => `${n},D-${(i % 9) + 1},NCSC,${i % 11}`).join('\n')}\n`;

describe('detection (property)', () => {
  it('detects Windows-1252 text as Windows-1252', () => {
    fc.assert(
      fc.property(fc.array(latinName, { minLength: 1, maxLength: 20 }), (names) => {
        const text = csvOf(names);
        const d = detectEncoding(encode1252(text));
        expect(d.encoding).toBe('windows-1252');
        expect(d.text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('detects Shift_JIS text as Shift_JIS', () => {
    fc.assert(
      fc.property(fc.array(japaneseName, { minLength: 1, maxLength: 20 }), (names) => {
        const text = csvOf(names);
        const d = detectEncoding(encodeSjis(text));
        expect(d.encoding).toBe('shift_jis');
        expect(d.text).toBe(text);
        expect(d.note).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('detects UTF-16 LE and BE without a byte-order mark, and UTF-8', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(latinName, japaneseName), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('utf-16le', 'utf-16be', 'utf-8'),
        (names, enc) => {
          const text = csvOf(names);
          const d = detectEncoding(enc === 'utf-8' ? u8(text) : encodeUtf16(text, enc === 'utf-16be'));
          expect(d.encoding).toBe(enc);
          expect(d.text).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads UTF-8 with one Latin-1 byte as UTF-8, that byte as Windows-1252, on its line', () => {
    fc.assert(
      fc.property(
        fc.array(japaneseName, { minLength: 1, maxLength: 20 }),
        fc.tuple(ascii, accented, ascii).map((w) => w.join('')),
        fc.nat(),
        (names, word, at) => {
          const line = at % (names.length + 1);
          const all = [...names];
          all.splice(line, 0, word);
          const text = csvOf(all);
          // The Latin word in Windows-1252 bytes, the rest in UTF-8.
          const [before, after] = [
            text.slice(0, text.indexOf(`\n${word},`) + 1),
            text.slice(text.indexOf(`\n${word},`) + 1 + word.length),
          ];
          const bytes = new Uint8Array([...u8(before), ...encode1252(word), ...u8(after)]);
          const d = detectEncoding(bytes);
          expect(d.encoding).toBe('utf-8');
          expect(d.text).toBe(text);
          expect(d.note).toMatchObject({ kind: 'mixed', lines: [line + 2] });
        },
      ),
      { numRuns: 300 },
    );
  });
});
