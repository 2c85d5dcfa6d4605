import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

/** The service worker's source: a classic script, transpiled alone. */
const SOURCE = resolve(import.meta.dirname, '../src/sw/service-worker.ts');
/** Where the worker is written in the build, beside index.html (its scope is the app's folder). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'));
}

/**
 * Writes sw.js into the multi-file build: the worker of src/sw/service-worker.ts with the list of
 * every file of the build (the bundle, public/, and `extra` files copied beside it later, such as the
 * single-file app) and a version that is a digest of all their bytes, so that any change of the build
 * is a new worker. `extra` maps a path in the build to the file it will be copied from.
 */
export function serviceWorker(extra: () => Record<string, string> = () => ({})): Plugin {
  let publicDir = '';
  return {
    name: 'x1060:service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        // Only the app's build (Storybook's has no index.html of its own here).
        if (!bundle['index.html']) return;
        const files = new Map<string, string | Uint8Array>();
        for (const [name, item] of Object.entries(bundle))
          files.set(name, item.type === 'chunk' ? item.code : item.source);
        for (const name of filesUnder(publicDir)) files.set(name, readFileSync(join(publicDir, name)));
        for (const [name, from] of Object.entries(extra())) if (existsSync(from)) files.set(name, readFileSync(from));
        files.delete(SERVICE_WORKER_FILE);
        const source = readFileSync(SOURCE, 'utf8');
        const digest = createHash('sha256').update(source);
        const paths = [...files.keys()].sort();
        for (const name of paths) digest.update(`\0${name}\0`).update(files.get(name)!);
        const version = digest.digest('hex').slice(0, 16);
        const { code } = await transformWithOxc(source, SOURCE, { lang: 'ts' });
        const script = code
          .replace(/^export \{\s*\};?\s*$/m, '')
          .replace('__X1060_PRECACHE__', () => JSON.stringify(paths))
          .replace('__X1060_VERSION__', () => JSON.stringify(version));
        if (/^\s*(import|export)\b/m.test(script))
          this.error(`${relative('.', SOURCE)} must stay a classic script (no import or export)`);
        this.emitFile({
          type: 'asset',
          fileName: SERVICE_WORKER_FILE,
          source: `// X.1060 roles service worker, build ${version}\n${script}`,
        });
      },
    },
  };
}
