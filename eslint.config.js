// Flat config. Besides the usual rules it enforces the one-way dependencies of ../shared/STYLE.md:
// domain ← i18n ← io ← state ← views ← app, domain ← charts ← views, i18n ← charts, ui ← views,
// a view folder never imports another (shared parts live in src/views/shared/ or src/ui/),
// and pure code (src/domain, chart layouts) touches no browser global.
// tests/lint/boundaries.test.ts lints illegal samples against these zones so that they cannot rot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

const REACT = String.raw`^(react|react-dom|react-aria-components|zustand|zundo)(/|$)`;
const STORE = String.raw`^(zustand|zundo)(/|$)`;
const PAPAPARSE = String.raw`^papaparse(/|$)`;
const D3 = String.raw`^d3-`;
/** A relative import that reaches into one of the named layers of src/. */
const layers = (...names) => String.raw`^\.\.?/(.*/)?(${names.join('|')})(/|$)`;

/**
 * Refuses imports whose source matches one of the patterns — static ones (import, export … from) through
 * no-restricted-imports, dynamic `import('…')` with a literal source through no-restricted-syntax, which is
 * the only rule that sees ImportExpression. Each file must fall in one zone only: a later zone replaces,
 * never adds to, the rules of an earlier one.
 */
const zone = (files, patterns, message, extra = {}) => ({
  files,
  ...extra,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((regex) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      // esquery regexes cannot contain "/": it is written \x2F.
      ...patterns.flatMap((regex) => {
        const re = regex.replaceAll('/', String.raw`\x2F`);
        return [
          { selector: `ImportExpression[source.type='Literal'][source.value=/${re}/]`, message },
          {
            selector: `ImportExpression > TemplateLiteral[expressions.length=0] > TemplateElement[value.cooked=/${re}/]`,
            message,
          },
        ];
      }),
    ],
  },
});

/** Browser globals that pure code must not touch (those Node lacks too, plus storage and network). */
const BROWSER_ONLY = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.builtin) && !(name in globals.node)),
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
];
const pure = (files, message) => ({
  files,
  rules: { 'no-restricted-globals': ['error', ...BROWSER_ONLY.map((name) => ({ name, message }))] },
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-single/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'bench-results/',
      'test-results/',
      'scratch/',
      '!.storybook',
    ],
  },
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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Small modules with one concept each (../shared/STYLE.md): a longer file or function is the cue to split it
  // into named steps or sub-components. Counted on Prettier's output, blank lines and comments skipped.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  zone(
    ['src/domain/**'],
    [REACT, PAPAPARSE, D3, layers('i18n', 'io', 'charts', 'state', 'views', 'app', 'ui')],
    'src/domain is pure TypeScript: no React, no DOM, no file formats, no other layer.',
  ),
  zone(
    ['src/i18n/**'],
    [REACT, PAPAPARSE, D3, layers('io', 'charts', 'state', 'views', 'app', 'ui')],
    'src/i18n holds the words: it may use src/domain (its types), nothing else of the app.',
  ),
  // The import pipeline's speed machinery (two workers, recorded lines, packed matrices) lives in
  // src/io/worker/ and uses the format readers; the readers never use it (docs/import-pipeline.md).
  zone(
    ['src/io/*.ts'],
    [REACT, layers('charts', 'state', 'views', 'app', 'ui'), String.raw`^\./worker(/|$)`],
    'src/io knows file formats only: it may use src/domain and src/i18n, nothing above them; the format readers never use src/io/worker/.',
  ),
  zone(
    ['src/io/worker/**'],
    [REACT, layers('charts', 'state', 'views', 'app', 'ui')],
    'src/io/worker runs the format readers fast: it may use src/io, src/domain and src/i18n, nothing above them.',
  ),
  zone(
    ['src/charts/**/*.ts'],
    [REACT, PAPAPARSE, layers('io', 'state', 'views', 'app', 'ui')],
    'chart layouts are pure functions: no React, no store, no io.',
  ),
  zone(
    ['src/charts/**/*.tsx'],
    [PAPAPARSE, STORE, layers('io', 'state', 'views', 'app', 'ui')],
    'chart components take data as props: they never read the store or files.',
  ),
  zone(['src/state/**'], [layers('charts', 'views', 'app', 'ui')], 'src/state may use domain, i18n and io only.'),
  zone(
    ['src/ui/**'],
    [layers('domain', 'i18n', 'io', 'charts', 'state', 'views', 'app')],
    'src/ui holds generic react-aria wrappers: no app knowledge.',
  ),
  // A view folder (views/heatmap/, views/present/ …) may use views/shared/ and the files at the top of
  // src/views/, never another view folder: src/app composes the views.
  zone(
    ['src/views/*/**'],
    [layers('app'), String.raw`^\.\./(?!shared/)[^./][^/]*/`, String.raw`^(\.\./)+views/(?!shared/)[^/]+/`],
    'a view uses views/shared/, the files at the top of src/views/ and src/ui/, never another view or src/app.',
  ),
  zone(
    ['src/views/*.ts', 'src/views/*.tsx'],
    [layers('app'), String.raw`^\./(?!shared/)[^/]+/`],
    'the files at the top of src/views/ are shared by every view: they import no view folder, nor src/app.',
  ),

  pure(['src/domain/**'], 'src/domain runs without a browser (tests, workers): pass what it needs as an argument.'),
  pure(
    ['src/charts/**/*.ts'],
    'chart layouts are pure functions: measure or read the page in the component and pass the result in.',
  ),
  // Formatting is Prettier's (`prettier --check` in npm run lint): no ESLint rule may argue with it.
  prettierConfig,
);
