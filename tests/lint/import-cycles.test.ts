// No module of src/ may import itself through others (as csv-long.ts ↔ long-lines.ts once did): a
// circle makes neither file readable without the other, and its load order a matter of luck. The
// test reads every import of src/ — static, `export … from`, `import type` and dynamic `import()` —
// and fails naming each circle it finds: any circle at all in src/io (the import pipeline, fenced:
// docs/import-pipeline.md), and everywhere any circle that is still there once types are erased.
// (Outside src/io a circle of `import type` alone is allowed: zustand's slices pattern has each slice
// name the whole store's type, which the store builds from the slices.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import … from '…'`, `export … from '…'` (with `type` or not), `import '…'` and `import('…')`, across lines.
const STATIC = /\b(?:import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC = /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** An import of one file of src/ by another; `typeOnly` when it is erased with the types. */
export interface Import {
  readonly file: string;
  readonly typeOnly: boolean;
}

/** The files of src/ that a source text imports (relative imports only: packages cannot import back). */
export function importsOf(file: string, text: string): Import[] {
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const target = resolveModule(resolve(dirname(file), spec));
    if (target) out.push({ file: target, typeOnly });
  };
  for (const m of text.matchAll(STATIC)) add(m[2]!, m[1] !== undefined);
  for (const m of text.matchAll(DYNAMIC)) add(m[1]!, false);
  return out;
}

function resolveModule(base: string): string | undefined {
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, 'index' + e))])
    if (candidate.startsWith(SRC) && EXTENSIONS.some((e) => candidate.endsWith(e)) && exists(candidate))
      return candidate;
  return undefined;
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Every circle of a graph, each once, as the list of its files (Tarjan's strongly connected components). */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('imports in src/', () => {
  const imports = new Map<string, Import[]>();
  for (const file of sourceFiles(SRC)) imports.set(file, importsOf(file, readFileSync(file, 'utf8')));
  const graphOf = (keep: (from: string, i: Import) => boolean) =>
    new Map([...imports].map(([from, list]) => [from, list.filter((i) => keep(from, i)).map((i) => i.file)]));
  const named = (found: string[][]) => found.map((c) => c.map((f) => relative(SRC, f)).join(' ↔ '));

  it('form no circle in src/io, type-only imports included', () => {
    const io = join(SRC, 'io');
    expect(imports.size).toBeGreaterThan(100);
    expect(named(circles(graphOf((from, i) => from.startsWith(io) && i.file.startsWith(io))))).toEqual([]);
  });

  it('form no circle anywhere once types are erased', () => {
    expect(named(circles(graphOf((_, i) => !i.typeOnly)))).toEqual([]);
  });

  it('finds a circle of two files, of three, and through type-only and dynamic imports', () => {
    const read = (text: string) =>
      importsOf(join(SRC, 'io', 'x.ts'), text).map((i) => [relative(SRC, i.file), i.typeOnly]);
    expect(read("import type { LongHeader } from './long-header';")).toEqual([['io/long-header.ts', true]]);
    expect(read("export { readLongLine } from './long-lines';")).toEqual([['io/long-lines.ts', false]]);
    expect(read("export type { LongLineSink } from './long-lines';")).toEqual([['io/long-lines.ts', true]]);
    expect(read("const m = await import('../domain/matrix');")).toEqual([['domain/matrix.ts', false]]);
    expect(read("import {\n  problem,\n  hasErrors,\n} from './problems';")).toEqual([['io/problems.ts', false]]);
    expect(read("import { type ProblemAt, problem } from './problems';")).toEqual([['io/problems.ts', false]]);
    expect(read("import Papa from 'papaparse';")).toEqual([]);
    const two = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', []],
    ]);
    expect(circles(two)).toEqual([['a', 'b']]);
    const three = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(three)).toEqual([['a', 'b', 'c']]);
    expect(circles(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});
