import type { RoleMatrix } from '../domain/matrix';
import { importCsvText } from './csv-import';

/** One bundled dataset's manifest entry. */
export interface BundledDatasetInfo {
  readonly file: string;
  readonly country: string;
  readonly countryCode: string;
  readonly source: string;
  readonly date: string;
  readonly notes: string;
  readonly caveat: string;
}

/**
 * The bundled countries as read-only matrices with their provenance, read from their CSV files (`read`
 * gives a file's text by its name in datasets/). Throws if a bundled file does not import cleanly: that
 * is a defect of the repository. Runs at build time (scripts/vite-plugin-bundled-datasets.ts), so that
 * the CSV reader stays out of the first screen's script (#18).
 */
export function parseBundledDatasets(
  infos: readonly BundledDatasetInfo[],
  read: (file: string) => string | undefined,
): RoleMatrix[] {
  return infos.flatMap((info) => {
    const text = read(info.file);
    if (text === undefined) throw new Error(`bundled dataset missing: ${info.file}`);
    const result = importCsvText(text, { fileName: info.file });
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0)
      throw new Error(
        `bundled dataset ${info.file} does not import: ${errors[0]!.code} ${JSON.stringify(errors[0]!.params)}`,
      );
    return result.matrices.map((m): RoleMatrix => ({
      ...m,
      id: `bundled:${info.file}`,
      countryCode: info.countryCode,
      bundled: true,
      provenance: {
        source: info.source,
        date: info.date,
        notes: info.notes,
        caveat: info.caveat,
        file: `datasets/${info.file}`,
      },
    }));
  });
}
