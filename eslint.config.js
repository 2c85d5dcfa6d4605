// Flat config. Besides the usual rules it enforces the one-way dependencies of ../shared/STYLE.md:
// domain ← io ← state ← views ← app, domain ← charts ← views, ui ← views.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const react = ['react', 'react-dom', 'react-dom/*', 'react-aria-components', 'zustand', 'zustand/*', 'zundo'];
const layer = (name) => [`**/${name}/**`, `../${name}/*`, `../../${name}/*`, `../${name}`, `../../${name}`];
const restrict = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'storybook-static/', 'coverage/', 'node_modules/', 'bench-results/', 'test-results/', 'scratch/', '!.storybook'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  restrict(['src/domain/**'], [...react, 'papaparse', 'd3-*', ...['io', 'charts', 'state', 'views', 'app', 'ui'].flatMap(layer)], 'src/domain is pure TypeScript: no React, no DOM, no file formats, no other layer.'),
  restrict(['src/io/**'], [...react, ...['charts', 'state', 'views', 'app', 'ui'].flatMap(layer)], 'src/io knows file formats only: it may use src/domain, nothing above it.'),
  restrict(['src/charts/**/*.ts'], [...react, 'papaparse', ...['io', 'state', 'views', 'app', 'ui'].flatMap(layer)], 'chart layouts are pure functions: no React, no store, no io.'),
  restrict(['src/charts/**/*.tsx'], ['papaparse', 'zustand', ...['io', 'state', 'views', 'app', 'ui'].flatMap(layer)], 'chart components take data as props: they never read the store or files.'),
  restrict(['src/state/**'], [...['charts', 'views', 'app', 'ui'].flatMap(layer)], 'src/state may use domain and io only.'),
  restrict(['src/ui/**'], [...['domain', 'io', 'charts', 'state', 'views', 'app'].flatMap(layer)], 'src/ui holds generic react-aria wrappers: no app knowledge.'),
  restrict(['src/views/**'], [...layer('app')], 'views are composed by src/app, never the reverse.'),
);
