import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The parts drawn right after the first screen (src/app/lazy-views.tsx, src/views/heatmap/lazy-controls.tsx,
 * src/ui/lazy-part.tsx): the toolbar, the heatmap's controls, export bar and source note, react-aria's
 * locale provider, how to cite.
 */
const ROOTS = [
  'src/app/toolbar-parts.ts',
  'src/views/heatmap/HeatmapControls.tsx',
  'src/views/ChartExportBar.tsx',
  'src/views/FigureSourceNote.tsx',
  'src/views/HowToCite.tsx',
  'src/ui/LocaleScope.tsx',
];

/**
 * Collects every module those parts import statically, for one Rolldown `codeSplitting` group (see
 * vite.config.ts): loaded as one or two files rather than ~30 chunks. Each chunk Vite's preload helper
 * asks for is a <link> added to the page and a request started on the main thread (1–3 ms each on the
 * loaded bench machine, #18); and with saved work those requests were started inside the render that
 * draws the saved country. `test` answers for a module id once the build has ended.
 */
export function afterPaintGroup(): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'x1060:after-paint-group',
    apply: 'build',
    buildEnd() {
      modules.clear();
      const queue = ROOTS.map((r) => resolve(r));
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (modules.has(id)) continue;
        const info = this.getModuleInfo(id);
        if (!info) continue;
        modules.add(id);
        queue.push(...info.importedIds);
      }
    },
    // The group's styles asked for by index.html itself: the prerendered first screen draws the group's parts
    // (caption field, export menu, source note), and without their styles at the first paint they were laid out
    // otherwise until the chunk came (the chart moved at hydration). Its script is not: it is fetched once the
    // entry runs, so that the first script stays the entry alone (tests/build/initial-bundle-size.test.ts).
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'chunk' || chunk.name !== 'after-paint') continue;
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${css}` } });
        }
        return tags.map((t) => ({ ...t, injectTo: 'head' as const }));
      },
    },
  };
  return { plugin, test: (id) => modules.has(id) };
}
