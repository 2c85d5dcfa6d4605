import manifest from '../../datasets/manifest.json';
import type { RoleMatrix } from '../domain/matrix';
import { importCsvText } from './csv-import';

// Inlined at build time, so the bundled countries work offline and from a single HTML file.
const files = import.meta.glob<string>('../../datasets/*.csv', { query: '?raw', import: 'default', eager: true });

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

export const BUNDLED_DATASETS: readonly BundledDatasetInfo[] = manifest.datasets;

/**
 * The bundled countries as read-only matrices with their provenance. Throws if a bundled file
 * does not import cleanly: that is a defect of the repository, caught by the tests.
 */
export function loadBundledMatrices(): RoleMatrix[] {
  return BUNDLED_DATASETS.flatMap((info) => {
    const text = files[`../../datasets/${info.file}`];
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
