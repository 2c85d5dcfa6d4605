import manifest from '../../datasets/manifest.json';
import bundledJson from 'virtual:x1060-bundled-matrices';
import type { RoleMatrix } from '../domain/matrix';
import type { BundledDatasetInfo } from './bundled-parse';

export type { BundledDatasetInfo } from './bundled-parse';

export const BUNDLED_DATASETS: readonly BundledDatasetInfo[] = manifest.datasets;

/**
 * The bundled countries as read-only matrices with their provenance. They are read from datasets/*.csv at
 * build time (scripts/vite-plugin-bundled-datasets.ts, which fails the build if one does not import
 * cleanly) and inlined, so they work offline and from a single HTML file without the CSV reader in the
 * first script. Each call gives new objects, as reading the files did.
 */
export function loadBundledMatrices(): RoleMatrix[] {
  return JSON.parse(bundledJson) as RoleMatrix[];
}
