import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { FIRST_SCREEN_CHECK, PRERENDERED_ATTR } from '../src/app/first-screen';
import { bundledDatasets } from './vite-plugin-bundled-datasets';

/** What index.html's #root holds in the source: the start-up shell, replaced by the prerendered screen. */
const ROOT = /<div id="root">[\s\S]*?<\/header>\s*<\/div>\s*<\/div>/;
const ENTRY = '/src/app/prerender-first-screen.tsx';

/** Renders src/app/prerender-first-screen.tsx in Node, through Vite (its virtual modules, its JSX). */
async function renderFirstScreen(root: string, mode: string): Promise<string> {
  const server = await createServer({
    root,
    mode,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    plugins: [react(), bundledDatasets()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const entry = (await server.ssrLoadModule(ENTRY)) as { renderFirstScreen: () => Promise<string> };
    return await entry.renderFirstScreen();
  } finally {
    await server.close();
  }
}

/** The values of the style attributes in `html` (react-aria's visually hidden text, a hidden file input). */
function styleAttributes(html: string): string[] {
  const values = new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]!));
  for (const v of values) if (v.includes('&')) throw new Error(`prerender: escaped style attribute: ${v}`);
  return [...values];
}

/**
 * Puts the first screen, rendered at build time, into index.html's #root, and the inline check that hides
 * it before the first paint when this page's first screen is another (src/app/first-screen.ts). main.tsx
 * hydrates it. The check's SHA-256 must be in the CSP: vite.config.ts adds it (`FIRST_SCREEN_CHECK`), and
 * the markup's style attributes by theirs (`styles()`: style-src-attr, known once index.html is built).
 */
export function prerenderFirstScreen(): { plugin: Plugin; styles: () => readonly string[] } {
  let root = '';
  let mode = '';
  let styles: string[] = [];
  const plugin: Plugin = {
    name: 'x1060:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      mode = config.mode;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        if (resolve(ctx.filename) !== resolve(root, 'index.html')) return html;
        const screen = await renderFirstScreen(root, mode);
        // Inert until hydrated (main.tsx): a click or a key before then would be lost, typing undone.
        // Fully rendered (every Suspense boundary complete): no script of React's to inline, none allowed.
        if (/<script\b/i.test(screen) || !/<rect\b/.test(screen))
          throw new Error('prerender: the first screen must be complete HTML with its chart and no script');
        if (!ROOT.test(html)) throw new Error('prerender: index.html has no <div id="root"> shell to replace');
        styles = styleAttributes(screen);
        return html
          .replace(ROOT, () => `<div id="root" ${PRERENDERED_ATTR} inert>${screen}</div>`)
          .replace('</head>', () => `  <script>${FIRST_SCREEN_CHECK}</script>\n  </head>`);
      },
    },
  };
  return { plugin, styles: () => styles };
}
