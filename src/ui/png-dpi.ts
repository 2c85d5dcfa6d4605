// A PNG's pixel density: the pHYs chunk (pixels per metre), which image editors and word processors read
// to size a picture. Pure byte work on the encoded file; no app knowledge.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const INCHES_PER_METRE = 1 / 0.0254;

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, as the PNG chunks use) of bytes. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Pixels per metre for dots per inch, rounded as the PNG spec's integer requires (72 dpi = 2835). */
export function dpiToPixelsPerMetre(dpi: number): number {
  return Math.round(dpi * INCHES_PER_METRE);
}

/** The 21-byte pHYs chunk: length 9, type, x and y pixels per metre, unit 1 (metre), CRC. */
export function physChunk(dpi: number): Uint8Array {
  const ppm = dpiToPixelsPerMetre(dpi);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  chunk[16] = 1;
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/**
 * The PNG with its density set to `dpi`: a pHYs chunk right after IHDR (it must precede IDAT), replacing
 * any pHYs already there. Throws on bytes that are not a PNG starting with IHDR.
 */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a png file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = (at: number) => String.fromCharCode(...png.subarray(at + 4, at + 8));
  if (type(8) !== 'IHDR') throw new Error(`invalid png: first chunk is ${type(8)}, not IHDR`);
  const afterIhdr = 8 + 12 + view.getUint32(8);
  const kept: Uint8Array[] = [png.subarray(0, afterIhdr), physChunk(dpi)];
  let at = afterIhdr;
  while (at + 12 <= png.length) {
    const end = at + 12 + view.getUint32(at);
    if (type(at) !== 'pHYs') kept.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(kept.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const part of kept) {
    out.set(part, o);
    o += part.length;
  }
  return out;
}
