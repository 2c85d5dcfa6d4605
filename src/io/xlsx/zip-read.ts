// A zip reader for workbooks that treats the file as hostile: the central directory is read by
// hand, each part is inflated in small slices while its bytes are counted, and reading stops at
// the caps below (a zip bomb is refused, never inflated whole). fflate does the inflating.
import { Inflate } from 'fflate';

/** The caps on what one workbook may unpack to. */
export const ZIP_LIMITS = {
  /** All parts read from one workbook, decompressed: 200 MB. */
  unzippedBytes: 200 * 1024 * 1024,
  /** Parts (files) in the zip. */
  parts: 10_000,
} as const;

/** Why a zip could not be read: not a zip, an unsupported kind, or over a cap. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'unsupported' | 'too-big' | 'too-many-parts' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

/** One part of the zip, as its central directory describes it. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

const SLICE = 16 * 1024;

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
      throw new ZipError('corrupt', `the part ${name} is damaged`);
    const start = e.localOffset + 30 + v.getUint16(e.localOffset + 26, true) + v.getUint16(e.localOffset + 28, true);
    const data = this.bytes.subarray(start, Math.min(this.bytes.byteLength, start + e.compressedSize));
    if (e.method === 0) return (this.count(name, data.byteLength), data);
    if (e.method !== 8) throw new ZipError('unsupported', `the part ${name} uses compression method ${e.method}`);
    return this.inflate(name, data);
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
      throw new ZipError('too-big', `the workbook unpacks to more than ${mb} MB (at ${name}): it was not read`);
    }
  }

  private inflate(name: string, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      this.count(name, chunk.byteLength);
    });
    try {
      // Each slice of 16 KB inflates to at most ~16 MB: the count stops a bomb before it grows.
      for (let at = 0; at < data.byteLength; at += SLICE)
        inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.byteLength);
      if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof ZipError) throw e;
      throw new ZipError('corrupt', `the part ${name} is damaged (${e instanceof Error ? e.message : String(e)})`);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }

  private readDirectory(): void {
    const { bytes, view } = this;
    let eocd = -1;
    for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--)
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new ZipError('not-zip', 'the file is not a complete workbook (no zip directory)');
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    if (count === 0xffff || at === 0xffffffff) throw new ZipError('unsupported', 'the workbook is a zip64 file');
    if (count > ZIP_LIMITS.parts)
      throw new ZipError('too-many-parts', `the workbook has ${count} parts; the limit is ${ZIP_LIMITS.parts}`);
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50)
        throw new ZipError('corrupt', 'the workbook’s zip directory is damaged');
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name.replace(/^\//, '').toLowerCase(), {
        name,
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }
}
