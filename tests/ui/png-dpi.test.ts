import { describe, expect, it } from 'vitest';
import { crc32, dpiToPixelsPerMetre, physChunk, setPngDpi } from '../../src/ui/png-dpi';

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** A chunk: length, type, data, CRC over type and data. */
const chunk = (type: string, data: number[]) => [
  ...u32(data.length),
  ...ascii(type),
  ...data,
  ...u32(crc32(new Uint8Array([...ascii(type), ...data]))),
];
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
// A 1 × 1 PNG's IHDR (width 1, height 1, 8-bit RGBA) and an IDAT / IEND standing in for its pixels.
const IHDR = chunk('IHDR', [...u32(1), ...u32(1), 8, 6, 0, 0, 0]);
const IDAT = chunk('IDAT', [1, 2, 3]);
const IEND = chunk('IEND', []);

describe('crc32', () => {
  it('matches the PNG specification on known inputs', () => {
    expect(crc32(new Uint8Array(ascii('IEND')))).toBe(0xae426082);
    expect(crc32(new Uint8Array(ascii('123456789')))).toBe(0xcbf43926);
  });
});

describe('physChunk', () => {
  it('writes 72 dpi as 2835 pixels per metre on both axes, unit metre, with its CRC', () => {
    expect(dpiToPixelsPerMetre(72)).toBe(2835);
    expect(dpiToPixelsPerMetre(144)).toBe(5669);
    expect(dpiToPixelsPerMetre(288)).toBe(11339);
    expect([...physChunk(72)]).toEqual([
      0,
      0,
      0,
      9,
      0x70,
      0x48,
      0x59,
      0x73,
      0,
      0,
      0x0b,
      0x13,
      0,
      0,
      0x0b,
      0x13,
      1,
      ...u32(crc32(new Uint8Array([0x70, 0x48, 0x59, 0x73, 0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]))),
    ]);
  });
});

describe('setPngDpi', () => {
  it('inserts pHYs right after IHDR, leaving every other byte as it was', () => {
    const png = new Uint8Array([...SIGNATURE, ...IHDR, ...IDAT, ...IEND]);
    expect([...setPngDpi(png, 144)]).toEqual([...SIGNATURE, ...IHDR, ...physChunk(144), ...IDAT, ...IEND]);
  });

  it('replaces a pHYs already in the file instead of adding a second one', () => {
    const png = new Uint8Array([...SIGNATURE, ...IHDR, ...physChunk(96), ...IDAT, ...IEND]);
    expect([...setPngDpi(png, 288)]).toEqual([...SIGNATURE, ...IHDR, ...physChunk(288), ...IDAT, ...IEND]);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => setPngDpi(new Uint8Array(40), 72)).toThrow('not a png file');
    const noIhdr = new Uint8Array([...SIGNATURE, ...IDAT, ...IEND, ...IEND]);
    expect(() => setPngDpi(noIhdr, 72)).toThrow('invalid png: first chunk is IDAT, not IHDR');
  });
});
