import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A static file server on 127.0.0.1. `mounts` maps URL prefixes to folders, e.g.
 * { "/deep/sub/path/": "dist", "/files/": "tests/fixtures" }; `url` is the first mount's URL.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  routes: Record<string, RouteHandler> = {},
): Promise<{ origin: string; url: string; server: Server; close: () => Promise<void> }> {
  const table = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const route = routes[path];
      if (route) {
        route(req, res);
        return;
      }
      const mount = table.find(([prefix]) => path.startsWith(prefix));
      if (!mount) {
        res.writeHead(404).end('not found');
        return;
      }
      const [prefix, root] = mount;
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  // A route that never finishes holds its connection open: close drops every connection.
  const close = () =>
    new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  return { origin, url: `${origin}${table[0]![0]}`, server, close };
}

/** A handler for one exact path of serveStatic (e.g. a response that never finishes). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** The production build the e2e tests serve: dist/, or E2E_DIST when several builds coexist. */
export const DIST_DIR = process.env.E2E_DIST ?? 'dist';

/** Flags for Debian's chromium in a sandbox with no network (see README). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium (CHROMIUM_PATH overrides /usr/bin/chromium); never downloads one. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page and returns its violations as "rule: first nodes". axe is evaluated
 * through the DevTools protocol, which the app's Content-Security-Policy rightly does not allow
 * a page script to do.
 */
export async function runAxe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.html)
          .slice(0, 2)
          .join(' | ')}`,
    );
  });
}

/** What serveStatic resolves to. */
export type StaticSite = Awaited<ReturnType<typeof serveStatic>>;

export interface ChromiumAppOptions {
  /** URL prefix → folder, as serveStatic takes them; the first is `site.url`. Default { '/app/': DIST_DIR }. */
  mounts?: Record<string, string>;
  /** Exact paths answered by a handler instead of a file (serveStatic's routes). */
  routes?: Record<string, RouteHandler>;
  /** Default 1400 × 1000. */
  viewport?: { width: number; height: number };
  /**
   * Anything else each test's browser context needs (acceptDownloads, permissions…). Service workers
   * are blocked unless this says `serviceWorkers: 'allow'`: a worker serving the build from its cache
   * would hide requests from the tests that watch or reroute them (tests/e2e/pwa.e2e.test.ts allows it).
   */
  contextOptions?: BrowserContextOptions;
  /** URL schemes that never count as another origin. Default blob: and data:. */
  localSchemes?: string[];
  /** Record uncaught page errors and expect none after each test. */
  collectPageErrors?: boolean;
  /** Report Content-Security-Policy violations to the console, record them, and expect none after each test. */
  collectCspViolations?: boolean;
}

/** The live objects of setupChromiumApp; `context`, `page` and the lists are new for every test. */
export interface ChromiumApp {
  readonly site: StaticSite;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests of this test's context to any other origin. */
  readonly foreign: readonly string[];
  readonly pageErrors: readonly string[];
  readonly cspViolations: readonly string[];
}

/**
 * Registers the vitest hooks every e2e file shares: serve the production build (failing clearly when
 * it is missing) and launch Chromium once per file; give each test a fresh context and page; after
 * each test expect that no request left the site's origin (and, when asked, no page error and no CSP
 * violation), then close the context.
 */
export function setupChromiumApp(options: ChromiumAppOptions = {}): ChromiumApp {
  const {
    mounts = { '/app/': DIST_DIR },
    viewport = { width: 1400, height: 1000 },
    contextOptions = {},
    localSchemes = ['blob', 'data'],
  } = options;
  const local = new RegExp(`^(${localSchemes.join('|')}):`);
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let foreign: string[] = [];
  let pageErrors: string[] = [];
  let cspViolations: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${DIST_DIR}/index.html`))
      throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` first (npm test does)`);
    site = await serveStatic(mounts, options.routes);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  beforeEach(async () => {
    const origin = site!.origin;
    const ctx = await browser!.newContext({ serviceWorkers: 'block', ...contextOptions, viewport });
    context = ctx;
    page = await ctx.newPage();
    waitForHydration(page);
    foreign = [];
    pageErrors = [];
    cspViolations = [];
    // On the context, so that pages a test opens itself are watched too.
    ctx.on('request', (r) => {
      if (!r.url().startsWith(origin) && !local.test(r.url())) foreign.push(r.url());
    });
    if (options.collectPageErrors) page.on('pageerror', (e) => pageErrors.push(e.message));
    if (options.collectCspViolations) {
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}`),
        ),
      );
      page.on('console', (m) => {
        if (/Content Security Policy|^CSP /i.test(m.text())) cspViolations.push(m.text());
      });
    }
    return async () => {
      try {
        expect(foreign, 'requests to other origins').toEqual([]);
        if (options.collectPageErrors) expect(pageErrors, 'uncaught errors').toEqual([]);
        if (options.collectCspViolations) expect(cspViolations, 'CSP violations').toEqual([]);
      } finally {
        await ctx.close();
      }
    };
  });

  return {
    get site() {
      return site!;
    },
    get browser() {
      return browser!;
    },
    get context() {
      return context!;
    },
    get page() {
      return page!;
    },
    get foreign() {
      return foreign;
    },
    get pageErrors() {
      return pageErrors;
    },
    get cspViolations() {
      return cspViolations;
    },
  };
}

/**
 * The app's first screen is prerendered and inert until hydrated (#18): a test that reads the DOM or focuses
 * right after `page.goto` could find it before it answers. A plain `goto` of this page therefore also waits
 * for hydration; a test that wants the page before it (prerender.e2e) names its `waitUntil`.
 */
function waitForHydration(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil === undefined)
      await page.waitForFunction(() => !document.querySelector('#root[inert]'), undefined, { timeout: 30_000 });
    return response;
  };
}
