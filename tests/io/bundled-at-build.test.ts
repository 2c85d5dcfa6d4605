import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../datasets/manifest.json';
import { BUNDLED_DATASETS, loadBundledMatrices } from '../../src/io/bundled-datasets';
import { parseBundledDatasets } from '../../src/io/bundled-parse';

// The bundled countries are read at build time (scripts/vite-plugin-bundled-datasets.ts) so that the first
// screen's script carries no CSV reader (#18): what it gives must be what reading the files at run time gave.
describe('the bundled countries read at build time', () => {
  const atRunTime = parseBundledDatasets(manifest.datasets, (file) => readFileSync(`datasets/${file}`, 'utf8'));

  it('are the matrices the CSV reader makes of datasets/*.csv, field for field', () => {
    expect(loadBundledMatrices()).toStrictEqual(JSON.parse(JSON.stringify(atRunTime)));
    // Nothing the reader gives is lost in JSON (no undefined field, no NaN).
    expect(JSON.parse(JSON.stringify(atRunTime))).toStrictEqual(atRunTime);
    expect(loadBundledMatrices().map((m) => m.id)).toEqual(BUNDLED_DATASETS.map((d) => `bundled:${d.file}`));
  });

  it('are new objects at each call, as reading the files was', () => {
    const [a, b] = [loadBundledMatrices(), loadBundledMatrices()];
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
  });

  it('refuse a bundled file that does not import cleanly, naming it', () => {
    const info = { ...manifest.datasets[0]!, file: 'bad.csv' };
    expect(() => parseBundledDatasets([info], () => 'country,service,stakeholder,score\nX,A,NCSC,11\n')).toThrow(
      /^bundled dataset bad\.csv does not import: /,
    );
    expect(() => parseBundledDatasets([info], () => undefined)).toThrow('bundled dataset missing: bad.csv');
  });
});
