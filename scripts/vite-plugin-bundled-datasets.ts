import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseBundledDatasets, type BundledDatasetInfo } from '../src/io/bundled-parse';

/** The module src/io/bundled-datasets.ts imports the bundled countries from. */
const ID = 'virtual:x1060-bundled-matrices';
const RESOLVED = `\0${ID}`;
const DATASETS = resolve(import.meta.dirname, '../datasets');

/**
 * Reads datasets/*.csv with the app's own CSV reader at build time and gives the matrices as one JSON
 * string (JSON.parse is the fastest way to make them at run time). The first screen's script then needs
 * neither papaparse nor the readers (#18). A bundled file that does not import cleanly fails the build.
 */
export function bundledDatasets(): Plugin {
  return {
    name: 'x1060:bundled-datasets',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const manifestFile = resolve(DATASETS, 'manifest.json');
      this.addWatchFile(manifestFile);
      const infos = (JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: BundledDatasetInfo[] }).datasets;
      const matrices = parseBundledDatasets(infos, (file) => {
        const path = resolve(DATASETS, file);
        if (!existsSync(path)) return undefined;
        this.addWatchFile(path);
        return readFileSync(path, 'utf8');
      });
      return `export default ${JSON.stringify(JSON.stringify(matrices))};`;
    },
  };
}
