import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints illegal (and legal) one-line samples as if they lived in each layer, through the project's own
// eslint.config.js, so that a zone that stops refusing what it should fails here. The samples are
// strings linted at a path that need not exist: nothing of this sits in src/ or in the main lint run.

const ROOT = new URL('../../', import.meta.url).pathname;
const BOUNDARY_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
  'max-lines',
  'max-lines-per-function',
]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: 'eslint.config.js',
    // Without type information the samples need not be part of the TypeScript project.
    overrideConfig: tseslint.configs.disableTypeChecked,
    ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
  });
}, 120_000);

/** The boundary rules that refuse `code` placed at `filePath` (none for a legal sample). */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result?.fatalErrorCount ?? 0).toBe(0);
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const illegal: readonly (readonly [string, string, string, string])[] = [
  // [what, file, code, rule that refuses it]
  ['domain → react', 'src/domain/x.ts', "import { useState } from 'react';", 'no-restricted-imports'],
  ['domain → the store', 'src/domain/x.ts', "import { create } from 'zustand';", 'no-restricted-imports'],
  ['domain → papaparse', 'src/domain/metrics/x.ts', "import Papa from 'papaparse';", 'no-restricted-imports'],
  ['domain → d3', 'src/domain/x.ts', "import { scaleBand } from 'd3-scale';", 'no-restricted-imports'],
  ['domain → i18n', 'src/domain/x.ts', "import { appMessages } from '../i18n/app-messages';", 'no-restricted-imports'],
  ['domain → io', 'src/domain/metrics/x.ts', "export { problem } from '../../io/problems';", 'no-restricted-imports'],
  [
    'domain → state, dynamically',
    'src/domain/x.ts',
    "export const load = () => import('../state/store');",
    'no-restricted-syntax',
  ],
  [
    'domain → state, dynamically with a template',
    'src/domain/x.ts',
    'export const load = () => import(`../state/store`);',
    'no-restricted-syntax',
  ],
  [
    'domain → react, dynamically',
    'src/domain/x.ts',
    "export const load = () => import('react');",
    'no-restricted-syntax',
  ],
  ['window in domain', 'src/domain/x.ts', 'export const w = window.innerWidth;', 'no-restricted-globals'],
  [
    'document in domain',
    'src/domain/x.ts',
    "export const el = () => document.createElement('div');",
    'no-restricted-globals',
  ],
  [
    'localStorage in domain',
    'src/domain/x.ts',
    "export const saved = () => localStorage.getItem('x');",
    'no-restricted-globals',
  ],
  [
    'document in a chart layout',
    'src/charts/heatmap/x.ts',
    "export const el = () => document.createElement('canvas');",
    'no-restricted-globals',
  ],
  [
    'i18n → state',
    'src/i18n/x-messages.ts',
    "import { createAppStore } from '../state/store';",
    'no-restricted-imports',
  ],
  [
    'i18n → views',
    'src/i18n/x-messages.ts',
    "import { useMessages } from '../views/use-messages';",
    'no-restricted-imports',
  ],
  ['i18n → io', 'src/i18n/x-messages.ts', "import { problem } from '../io/problems';", 'no-restricted-imports'],
  ['i18n → react', 'src/i18n/x-messages.ts', "import { useState } from 'react';", 'no-restricted-imports'],
  ['io → state', 'src/io/x.ts', "import { createAppStore } from '../state/store';", 'no-restricted-imports'],
  ['io → react', 'src/io/x.ts', "import { useState } from 'react';", 'no-restricted-imports'],
  [
    'io format reader → io/worker',
    'src/io/x.ts',
    "import { splitPoint } from './worker/split-read';",
    'no-restricted-imports',
  ],
  [
    'io format reader → io/worker, dynamically',
    'src/io/x.ts',
    "export const load = () => import('./worker/import-runner');",
    'no-restricted-syntax',
  ],
  [
    'io/worker → state',
    'src/io/worker/x.ts',
    "import { createAppStore } from '../../state/store';",
    'no-restricted-imports',
  ],
  ['io/worker → react', 'src/io/worker/x.ts', "import { useState } from 'react';", 'no-restricted-imports'],
  [
    'io → state, dynamically',
    'src/io/x.ts',
    "export const load = () => import('../state/store');",
    'no-restricted-syntax',
  ],
  ['ui → state', 'src/ui/X.tsx', "import { useAppState } from '../state/store-context';", 'no-restricted-imports'],
  ['ui → i18n', 'src/ui/X.tsx', "import { appMessages } from '../i18n/app-messages';", 'no-restricted-imports'],
  ['chart layout → react', 'src/charts/sankey/x.ts', "import { useMemo } from 'react';", 'no-restricted-imports'],
  [
    'chart layout → the store',
    'src/charts/x.ts',
    "import { useAppState } from '../state/store-context';",
    'no-restricted-imports',
  ],
  [
    'chart component → the store',
    'src/charts/heatmap/X.tsx',
    "import { useAppState } from '../../state/store-context';",
    'no-restricted-imports',
  ],
  [
    'chart component → zustand',
    'src/charts/heatmap/X.tsx',
    "import { useStore } from 'zustand';",
    'no-restricted-imports',
  ],
  [
    'chart component → io, dynamically',
    'src/charts/heatmap/X.tsx',
    "export const load = () => import('../../io/csv-export');",
    'no-restricted-syntax',
  ],
  [
    'state → views',
    'src/state/x.ts',
    "import { AddToDeckButton } from '../views/shared/AddToDeckButton';",
    'no-restricted-imports',
  ],
  [
    'view → another view',
    'src/views/compare/X.tsx',
    "import { DeckPanel } from '../present/DeckPanel';",
    'no-restricted-imports',
  ],
  [
    'view → another view, dynamically',
    'src/views/heatmap/X.tsx',
    "export const load = () => import('../editor/EditorView');",
    'no-restricted-syntax',
  ],
  [
    'view → another view through views/',
    'src/views/sankey/X.tsx',
    "import { HeatmapView } from '../../views/heatmap/HeatmapView';",
    'no-restricted-imports',
  ],
  ['view → app', 'src/views/heatmap/X.tsx', "import { App } from '../../app/App';", 'no-restricted-imports'],
  [
    'shared view part → a view',
    'src/views/shared/X.tsx',
    "import { SlideView } from '../present/SlideView';",
    'no-restricted-imports',
  ],
  [
    'top-level view file → a view',
    'src/views/X.tsx',
    "import { HeatmapView } from './heatmap/HeatmapView';",
    'no-restricted-imports',
  ],
];

const legal: readonly (readonly [string, string, string])[] = [
  ['domain → domain', 'src/domain/metrics/x.ts', "import type { RoleMatrix } from '../matrix';"],
  ['i18n → domain types', 'src/i18n/x-messages.ts', "import type { ProblemCode } from '../domain/problem-codes';"],
  ['io → i18n', 'src/io/x.ts', "import { faultMessages } from '../i18n/fault-messages';"],
  ['io → papaparse', 'src/io/x.ts', "import Papa from 'papaparse';"],
  [
    'io/worker → io, domain and i18n',
    'src/io/worker/x.ts',
    "import { readCsvText } from '../csv-import';\nimport type { RoleMatrix } from '../../domain/matrix';\nimport { importMessages } from '../../i18n/import-messages';",
  ],
  [
    'chart layout → d3 and i18n',
    'src/charts/sankey/x.ts',
    "import { sankey } from 'd3-sankey';\nimport { sankeyMessages } from '../../i18n/sankey-messages';",
  ],
  [
    'chart component → react',
    'src/charts/heatmap/X.tsx',
    "import { useMemo } from 'react';\nexport const w = () => window.innerWidth;",
  ],
  ['view → views/shared', 'src/views/compare/X.tsx', "import { AddToDeckButton } from '../shared/AddToDeckButton';"],
  [
    'view → a top-level view file',
    'src/views/editor/X.tsx',
    "import { useMessages } from '../use-messages';\nimport { ChartExportBar } from '../ChartExportBar';",
  ],
  [
    'view → its own folder, ui and state',
    'src/views/editor/X.tsx',
    "import { EditorGrid } from './EditorGrid';\nimport { Button } from '../../ui/Button';\nimport { useAppState } from '../../state/store-context';",
  ],
  ['view → a lazy view part of its own', 'src/views/present/X.tsx', "export const load = () => import('./SlideView');"],
  [
    'top-level view file → views/shared',
    'src/views/X.tsx',
    "import { AddToDeckButton } from './shared/AddToDeckButton';",
  ],
  [
    'app → views',
    'src/app/X.tsx',
    "import { HeatmapView } from '../views/heatmap/HeatmapView';\nexport const load = () => import('../views/editor/EditorView');",
  ],
  [
    'a parameter named like a global in domain',
    'src/domain/x.ts',
    'export const f = (document: string, name: string) => document + name;',
  ],
];

/** A function of `n` lines. */
const longFunction = (n: number) =>
  `export function f(): number {\n  let x = 0;\n${'  x++;\n'.repeat(n - 4)}  return x;\n}\n`;

/** No file of src/ is exempt from the size limits any more (#16): a new exemption must be listed here. */
const STILL_TOO_LONG: string[] = [];

describe('size limits', () => {
  it('refuse a file of more than 300 lines, blank lines and comments not counted', async () => {
    const lines = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    expect(await refusals('src/io/x.ts', lines)).toContain('max-lines');
    expect(await refusals('src/state/workspace-sync.ts', lines)).toContain('max-lines');
    const padded = Array.from({ length: 300 }, (_, i) => `export const v${i} = ${i};\n\n// a comment`).join('\n');
    expect(await refusals('src/io/x.ts', padded)).toEqual([]);
  }, 60_000);

  it('refuse a function of more than 80 lines', async () => {
    expect(await refusals('src/views/heatmap/x.ts', longFunction(81))).toContain('max-lines-per-function');
    expect(await refusals('src/charts/heatmap/x.tsx', longFunction(81))).toContain('max-lines-per-function');
    expect(await refusals('src/views/heatmap/x.ts', longFunction(80))).toEqual([]);
  }, 60_000);

  it('exempt no file of src/ from the size limits', async () => {
    const files = readdirSync(`${ROOT}src`, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `src/${f}`);
    const exempt: string[] = [];
    for (const f of files) {
      const config = (await eslint.calculateConfigForFile(f)) as { rules?: Record<string, unknown> };
      const rule = config.rules?.['max-lines'];
      if ((Array.isArray(rule) ? rule[0] : rule) === 0 || rule === 'off') exempt.push(f);
    }
    expect(exempt.sort()).toEqual(STILL_TOO_LONG);
  }, 120_000);
});

describe('layer boundaries', () => {
  it.each(illegal)(
    'refuse %s',
    async (_what, file, code, rule) => {
      expect(await refusals(file, code)).toContain(rule);
    },
    60_000,
  );

  it.each(legal)(
    'allow %s',
    async (_what, file, code) => {
      expect(await refusals(file, code)).toEqual([]);
    },
    60_000,
  );
});
