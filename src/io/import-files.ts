import { decodeBytes, type TextEncodingName } from './decode-text';
import { importCsvText } from './csv-import';
import type { ImportResult } from './import-types';

/** Files above this size are refused before reading: the browser would stall on them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Decodes and reads one file's bytes into matrices or problems. Never throws. */
export function importBytes(fileName: string, bytes: Uint8Array, encoding?: TextEncodingName): ImportResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return tooLarge(fileName, bytes.byteLength);
  try {
    const { text } = decodeBytes(bytes, encoding);
    return importCsvText(text, { fileName });
  } catch (e) {
    return { fileName, format: 'none', matrices: [], problems: [{ severity: 'error', message: `the file could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** Reads browser File objects (picker or drop) into import results, in order. */
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

/** Loads the CSV files named in ?data= links; a failed fetch becomes an import error. */
export async function importUrls(urls: readonly string[], fetchFn: typeof fetch = fetch): Promise<ImportResult[]> {
  return Promise.all(
    urls.map(async (url): Promise<ImportResult> => {
      const fileName = decodeURIComponent(url.split('?')[0]!.split('/').pop() || url);
      try {
        const res = await fetchFn(url);
        if (!res.ok) return { fileName, format: 'none', matrices: [], problems: [{ severity: 'error', message: `could not load ${url}: the server answered ${res.status} ${res.statusText}`.trim() }] };
        return importBytes(fileName, new Uint8Array(await res.arrayBuffer()));
      } catch (e) {
        return { fileName, format: 'none', matrices: [], problems: [{ severity: 'error', message: `could not load ${url}: ${e instanceof Error ? e.message : String(e)}` }] };
      }
    }),
  );
}

function tooLarge(fileName: string, size: number): ImportResult {
  const mb = (size / 1024 / 1024).toFixed(1);
  return { fileName, format: 'none', matrices: [], problems: [{ severity: 'error', message: `the file is ${mb} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }] };
}
