import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type * as Entry from '../src/app/prerender-first-screen.tsx';
import { bundledDatasets } from './vite-plugin-bundled-datasets.ts';

/** What index.html's #root holds in the source: the start-up shell, replaced by the prerendered screen. */
const ROOT = /<div id="root">[\s\S]*?<\/header>\s*<\/div>\s*<\/div>/;
const ENTRY = '/src/app/prerender-first-screen.tsx';

/**
 * Renders src/app/prerender-first-screen.tsx in Node, through Vite (its virtual modules, its JSX); with the
 * entry's constants (the config imports no app code: tests/build/config-imports.test.ts).
 */
async function renderFirstScreen(root: string, mode: string): Promise<{ screen: string; entry: typeof Entry }> {
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
    const entry = (await server.ssrLoadModule(ENTRY)) as typeof Entry;
    return { screen: await entry.renderFirstScreen(), entry };
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
 * hydrates it. The check's SHA-256 must be in the CSP: vite.config.ts adds it (`check()`), and the markup's
 * style attributes by theirs (`styles()`: style-src-attr); both are known once index.html is transformed.
 */
export function prerenderFirstScreen(): {
  plugin: Plugin;
  check: () => string;
  styles: () => readonly string[];
} {
  let root = '';
  let mode = '';
  let check = '';
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
        const { screen, entry } = await renderFirstScreen(root, mode);
        check = entry.FIRST_SCREEN_CHECK;
        // Inert until hydrated (main.tsx): a click or a key before then would be lost, typing undone.
        // Fully rendered (every Suspense boundary complete): no script of React's to inline, none allowed.
        if (/<script\b/i.test(screen) || !/<rect\b/.test(screen))
          throw new Error('prerender: the first screen must be complete HTML with its chart and no script');
        if (!ROOT.test(html)) throw new Error('prerender: index.html has no <div id="root"> shell to replace');
        styles = styleAttributes(screen);
        return html
          .replace(ROOT, () => `<div id="root" ${entry.PRERENDERED_ATTR} inert>${screen}</div>`)
          .replace('</head>', () => `  <script>${check}</script>\n  </head>`);
      },
    },
  };
  const known = <T>(value: T, what: string) => {
    if (!check) throw new Error(`prerender: ${what} asked before index.html was transformed`);
    return value;
  };
  return { plugin, check: () => known(check, 'the check'), styles: () => known(styles, 'the styles') };
}
