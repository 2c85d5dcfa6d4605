import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Vite bundles its config with every file the config imports. When a plugin imported the app's CSV reader,
// ~60 of the app's files came along and Vite printed a warning for each extensionless import at every
// `npm start`, build and test run (a new user's trial counted 65 lines). The config's own imports name their
// files with extensions, and the app's code is loaded through Vite's module runner when it is needed.
const CONFIGS = [
  'vite.config.ts',
  'vitest.config.ts',
  'scripts/vite-plugin-bundled-datasets.ts',
  'scripts/vite-plugin-after-paint.ts',
  'scripts/vite-plugin-service-worker.ts',
  'scripts/vite-plugin-prerender.ts',
];

/** The value (not type-only) imports of a file: their specifiers. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

describe("the build's config", () => {
  it('imports no app code, and its relative imports name their files', () => {
    for (const file of CONFIGS) {
      const relative = valueImports(file).filter((s) => s.startsWith('.'));
      expect(
        relative.filter((s) => s.includes('/src/')),
        file,
      ).toEqual([]);
      expect(
        relative.filter((s) => !/\.(ts|js|mjs|json)$/.test(s)),
        file,
      ).toEqual([]);
    }
    // The guard would pass on a config it cannot read: it reads the plugins' imports.
    expect(valueImports('vite.config.ts')).toContain('./scripts/vite-plugin-bundled-datasets.ts');
  });
});
