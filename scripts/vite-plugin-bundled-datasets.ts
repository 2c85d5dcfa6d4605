import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Parser from '../src/io/bundled-parse';

/** The module src/io/bundled-datasets.ts imports the bundled countries from. */
const ID = 'virtual:x1060-bundled-matrices';
const RESOLVED = `\0${ID}`;
const DATASETS = resolve(import.meta.dirname, '../datasets');
/**
 * The app's reader, loaded through Vite's module runner when the module is built rather than imported by the
 * config: imported, it made Vite bundle ~60 of the app's files into the config and print a line for each
 * (extensionless imports, unsupported by the native config loader) at every start, build and test run.
 */
const PARSER = resolve(import.meta.dirname, '../src/io/bundled-parse.ts');

/**
 * Reads datasets/*.csv with the app's own CSV reader at build time and gives the matrices as one JSON
 * string (JSON.parse is the fastest way to make them at run time). The first screen's script then needs
 * neither papaparse nor the readers (#18). A bundled file that does not import cleanly fails the build.
 */
export function bundledDatasets(): Plugin {
  return {
    name: 'x1060:bundled-datasets',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module, dependencies } = await runnerImport<typeof Parser>(PARSER);
      for (const file of dependencies) this.addWatchFile(file);
      const manifestFile = resolve(DATASETS, 'manifest.json');
      this.addWatchFile(manifestFile);
      const infos = (JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: Parser.BundledDatasetInfo[] })
        .datasets;
      const matrices = module.parseBundledDatasets(infos, (file) => {
        const path = resolve(DATASETS, file);
        if (!existsSync(path)) return undefined;
        this.addWatchFile(path);
        return readFileSync(path, 'utf8');
      });
      return `export default ${JSON.stringify(JSON.stringify(matrices))};`;
    },
  };
}
