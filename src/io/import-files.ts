import { decodeBytes, type TextEncodingName } from './decode-text';
import { importCsvText } from './csv-import';
import type { HeaderRemap } from './header-names';
import { IMPORT_MARKS, type ImportResult } from './import-types';
import { problem } from './problems';

/** Files above this size (50 MB) are refused before reading: the browser would stall on them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How to read one file: the user's encoding and header choices, and a progress callback. */
export interface ReadOptions {
  readonly encoding?: TextEncodingName;
  readonly remap?: HeaderRemap;
  readonly onProgress?: (fraction: number) => void;
}

/** Decodes and reads one file's bytes into matrices or problems. Never throws. */
export function importBytes(fileName: string, bytes: Uint8Array, options: ReadOptions | TextEncodingName = {}): ImportResult {
  const opts: ReadOptions = typeof options === 'string' ? { encoding: options } : options;
  if (bytes.byteLength > MAX_IMPORT_BYTES) return tooLarge(fileName, bytes.byteLength);
  try {
    const { text, encoding } = decodeBytes(bytes, opts.encoding);
    return { ...importCsvText(text, { fileName, remap: opts.remap, onProgress: opts.onProgress }), encoding };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { fileName, format: 'none', matrices: [], problems: [problem('error', 'unreadable', `the file could not be read: ${message}`, {}, { message })] };
  }
}

/** Reads browser File objects (picker or drop) into import results, in order, on this thread. */
export async function importFileList(files: readonly File[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const f of files) {
    if (f.size > MAX_IMPORT_BYTES) {
      results.push(tooLarge(f.name, f.size));
      continue;
    }
    results.push(importBytes(f.name, new Uint8Array(await f.arrayBuffer())));
  }
  return results;
}

/** Reads one file's bytes: importBytes here, or a reader that moves big files off the page's thread. */
export type ReadBytes = (fileName: string, bytes: Uint8Array) => ImportResult | Promise<ImportResult>;

/** Loads the CSV files named in ?data= links; a failed fetch becomes an import error. */
export async function importUrls(urls: readonly string[], fetchFn: typeof fetch = fetch, read: ReadBytes = importBytes): Promise<ImportResult[]> {
  return Promise.all(
    urls.map(async (url): Promise<ImportResult> => {
      const fileName = fileNameOfUrl(url);
      const failed = (message: string): ImportResult => ({ fileName, format: 'none', matrices: [], problems: [problem('error', 'unreadable', message, {}, { message })] });
      try {
        const res = await fetchFn(url);
        if (!res.ok) return failed(`could not load ${url}: the server answered ${res.status} ${res.statusText}`.trim());
        const bytes = new Uint8Array(await res.arrayBuffer());
        performance.mark(IMPORT_MARKS.bytes);
        // Many servers answer a missing file with their home page rather than 404.
        if (looksLikeHtml(bytes)) return failed(`could not load ${url}: the server sent a web page, not a CSV file (is the address right?)`);
        return await read(fileName, bytes);
      } catch (e) {
        return failed(`could not load ${url}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }),
  );
}

/** Whether bytes begin (after a BOM and blanks) like an HTML page: "<!doctype html" or "<html". */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '').trimStart().slice(0, 14).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** The file name a ?data= URL names (its last path part, decoded); the raw text when it is malformed (`%zz`). */
export function fileNameOfUrl(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').pop() || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The result for a file over MAX_IMPORT_BYTES. */
export function tooLarge(fileName: string, size: number): ImportResult {
  const mb = (size / 1024 / 1024).toFixed(1);
  const limit = MAX_IMPORT_BYTES / 1024 / 1024;
  return { fileName, format: 'none', matrices: [], problems: [problem('error', 'too-large', `the file is ${mb} MB; the limit is ${limit} MB: split it into several files (one per country)`, {}, { mb, limit })] };
}
