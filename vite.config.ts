import { createHash } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { afterPaintGroup } from './scripts/vite-plugin-after-paint.ts';
import { bundledDatasets } from './scripts/vite-plugin-bundled-datasets.ts';
import { serviceWorker } from './scripts/vite-plugin-service-worker.ts';
import { prerenderFirstScreen } from './scripts/vite-plugin-prerender.ts';

/** Where `vite build --mode single` writes the one-file app (SINGLE_DIR overrides, for parallel builds). */
const SINGLE_DIR = process.env.SINGLE_DIR ?? 'dist-single';
const SINGLE_NAME = 'x1060-roles.html';

// The production policy. No inline script but the prerendered first screen's check (by its hash), no eval,
// nothing from other origins; connect-src is broad
// here only because a <meta> policy is fixed at load: src/app/url-state.ts adds a second policy, before
// anything is fetched, that narrows it to 'self' plus the ?data= origins (two policies: both apply).
const policy = (script: string, style: string, styleAttributes: readonly string[]) =>
  [
    "default-src 'none'",
    `script-src ${script}`,
    `style-src ${style} ${REACT_ARIA_STYLES.join(' ')}`,
    // The prerendered first screen's few fixed style attributes (react-aria's visually hidden text), each
    // by its hash; React sets every other style through the CSSOM, which CSP does not restrict.
    ...(styleAttributes.length > 0 ? [`style-src-attr 'unsafe-hashes' ${styleAttributes.map(sha256).join(' ')}`] : []),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The web app manifest and the service worker (sw.js) of the multi-file build; the import workers.
    "manifest-src 'self'",
    "worker-src 'self'",
    "connect-src 'self' https: http:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// react-aria-components 1.22 prepends two fixed <style> elements at run time (usePress: touch-action
// for tap delay; usePreventScroll: overscroll in modals). They are allowed by hash, not 'unsafe-inline';
// the e2e tests fail on any CSP violation, so a changed text after an upgrade is caught there.
const REACT_ARIA_STYLES = [
  '@layer {\n  [data-react-aria-pressable] {\n    touch-action: pan-x pan-y pinch-zoom;\n  }\n}',
  '@layer {\n  * {\n    overscroll-behavior: contain;\n  }\n}',
].map(sha256);

const meta = (content: string) => `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
const isAppIndex = (file: string | undefined) => file !== undefined && resolve(file) === resolve('index.html');

const prerender = prerenderFirstScreen();

/** Adds the CSP to the multi-file build's index.html (the dev server and Storybook keep their inline scripts). */
function cspForFiles(): Plugin {
  return {
    name: 'x1060:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        isAppIndex(ctx.filename)
          ? html.replace(
              '<meta charset="UTF-8" />',
              // The one inline script: the prerendered first screen's check (scripts/vite-plugin-prerender.ts).
              `<meta charset="UTF-8" />\n    ${meta(policy(`'self' ${sha256(prerender.check())}`, "'self'", prerender.styles()))}`,
            )
          : html,
    },
  };
}

/**
 * After vite-plugin-singlefile has inlined everything: names the file, and allows exactly the inlined
 * <script> and <style> by their SHA-256 (no 'unsafe-inline'), which is all the single file needs.
 */
function cspForSingleFile(): Plugin {
  return {
    name: 'x1060:csp-single',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['index.html'];
        if (!asset || asset.type !== 'asset') return;
        const html = String(asset.source);
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
        const content = policy(scripts.join(' ') || "'none'", styles.join(' '), prerender.styles());
        asset.source = html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta(content)}`);
        asset.fileName = SINGLE_NAME;
      },
    },
  };
}

/**
 * The single file links no icon file and no manifest, nor says a theme colour (it has nothing beside it
 * and opens from disk, not installed): it keeps its empty icon, so that the browser asks for none.
 */
function withoutInstallLinks(): Plugin {
  return {
    name: 'x1060:without-install-links',
    apply: 'build',
    transformIndexHtml: (html, ctx) =>
      isAppIndex(ctx.filename)
        ? html
            .replace(/\s*<link rel="(icon|manifest|apple-touch-icon)"[^>]*>|\s*<meta name="theme-color"[^>]*>/g, '')
            .replace('<title>', '<link rel="icon" href="data:," />\n    <title>')
        : html,
  };
}

/** Copies the single file into dist/ too, so the served app can save standalone copies from it. */
function withSingleFile(): Plugin {
  let outDir = 'dist';
  let isApp = false;
  return {
    name: 'x1060:with-single-file',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Only the app's own build, not Storybook's build of its iframe.
    generateBundle(_options, bundle) {
      isApp ||= Object.keys(bundle).some((f) => f.endsWith('.js')) && existsSync(resolve('index.html'));
    },
    closeBundle() {
      const file = `${SINGLE_DIR}/${SINGLE_NAME}`;
      if (!isApp || !existsSync(outDir)) return;
      if (existsSync(file)) copyFileSync(file, resolve(outDir, SINGLE_NAME));
      else this.warn(`${file} not found: build it first (npm run build does) for "Save as standalone HTML"`);
    },
  };
}

const afterPaint = afterPaintGroup();

// base './' so that dist/ works from any sub-path of a static server.
export default defineConfig(({ mode }) =>
  mode === 'single'
    ? {
        base: './',
        plugins: [
          react(),
          bundledDatasets(),
          prerender.plugin,
          viteSingleFile(),
          cspForSingleFile(),
          withoutInstallLinks(),
        ],
        // The one file stays one file: no icons, manifest or service worker beside it.
        publicDir: false,
        build: { target: 'es2022', sourcemap: false, outDir: SINGLE_DIR, emptyOutDir: true },
      }
    : {
        base: './',
        plugins: [
          react(),
          bundledDatasets(),
          prerender.plugin,
          cspForFiles(),
          withSingleFile(),
          serviceWorker(() => ({ [SINGLE_NAME]: `${SINGLE_DIR}/${SINGLE_NAME}` })),
          afterPaint.plugin,
        ],
        build: {
          target: 'es2022',
          sourcemap: false,
          chunkSizeWarningLimit: 800,
          // Everything the first screen imports statically in one file beside the entry, not the ~26
          // chunks Rolldown cuts where the lazy views share modules with it: a cold load then waits for two
          // requests, not 27 (on the bench's loaded machine the last of 27 arrived ~270 ms after the first).
          // And what the parts drawn right after it import (the toolbar, the heatmap's controls) in one
          // more: ~30 chunks were ~30 <link>s and requests started on the main thread (#18).
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'first', tags: ['$initial'] },
                  { name: 'after-paint', test: afterPaint.test },
                ],
              },
            },
          },
        },
      },
);
