// A zip reader for workbooks that treats the file as hostile: the central directory is read by
// hand; each part's declared size is counted against the cap below before it is inflated (a zip
// bomb is refused, never inflated), the part is inflated into a buffer of exactly that size, and a
// part that is not what it declares (size, CRC-32) is refused as damaged. fflate does the inflating.
import { WorkbookRefused } from './refusal';
import { inflateSync } from 'fflate';

/** The caps on what one workbook may unpack to. */
export const ZIP_LIMITS = {
  /** All parts read from one workbook, decompressed: 200 MB. */
  unzippedBytes: 200 * 1024 * 1024,
  /** Parts (files) in the zip. */
  parts: 10_000,
} as const;

/** Why a zip could not be read: not a zip, an unsupported kind, or over a cap. */
export class ZipError extends WorkbookRefused {}

/** One part of the zip, as its central directory describes it. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
  readonly localOffset: number;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** The CRC-32 of bytes, as zip files store it (unsigned). */
export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A zip opened for reading its parts one at a time, within ZIP_LIMITS. */
export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();
  private unzipped = 0;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limit = ZIP_LIMITS.unzippedBytes,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  /** The names of every part, in lower case (parts are named case-insensitively). */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Whether a part exists. */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's bytes, undefined when there is no such part; throws a ZipError past the caps. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name.toLowerCase());
    if (!e) return undefined;
    const v = this.view;
    if (e.localOffset + 30 > this.bytes.byteLength || v.getUint32(e.localOffset, true) !== 0x04034b50)
      throw new ZipError('part-damaged', { name });
    const start = e.localOffset + 30 + v.getUint16(e.localOffset + 26, true) + v.getUint16(e.localOffset + 28, true);
    const data = this.bytes.subarray(start, Math.min(this.bytes.byteLength, start + e.compressedSize));
    if (e.method !== 0 && e.method !== 8) throw new ZipError('part-method', { name, method: e.method });
    this.count(name, e.size);
    let out: Uint8Array;
    try {
      out = e.method === 0 ? data : inflateSync(data, { out: new Uint8Array(e.size) });
    } catch (err) {
      throw new ZipError('part-damaged', { name, detail: err instanceof Error ? err.message : String(err) });
    }
    if (out.byteLength !== e.size || crc32(out) !== e.crc) throw new ZipError('part-size', { name });
    return out;
  }

  /** A part as text (UTF-8), undefined when absent. */
  text(name: string): string | undefined {
    const b = this.read(name);
    return b && new TextDecoder('utf-8').decode(b);
  }

  private count(name: string, n: number): void {
    this.unzipped += n;
    if (this.unzipped > this.limit) {
      const mb = Math.round(this.limit / 1024 / 1024);
      throw new ZipError('unpacks-too-big', { mb, name });
    }
  }

  private readDirectory(): void {
    const { bytes, view } = this;
    let eocd = -1;
    for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--)
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new ZipError('not-zip');
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    if (count === 0xffff || at === 0xffffffff) throw new ZipError('zip64');
    if (count > ZIP_LIMITS.parts) throw new ZipError('too-many-parts', { count, limit: ZIP_LIMITS.parts });
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50)
        throw new ZipError('directory-damaged');
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name.replace(/^\//, '').toLowerCase(), {
        name,
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        crc: view.getUint32(at + 16, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }
}
