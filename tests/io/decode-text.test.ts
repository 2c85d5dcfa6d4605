import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode-text';
import { importBytes } from '../../src/io/import-files';

// "国,サービス" in Shift_JIS, written out as bytes so that no editor can re-encode the fixture.
const SJIS_JAPAN = [0x93, 0xfa, 0x96, 0x7b]; // 日本
const sjis = (prefix: string, bytes: number[], suffix: string) => new Uint8Array([...new TextEncoder().encode(prefix), ...bytes, ...new TextEncoder().encode(suffix)]);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeBytes(new TextEncoder().encode('日本'))).toEqual({ text: '日本', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe5, 0x65]))).toEqual({ text: 'A日', encoding: 'utf-16le' });
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
