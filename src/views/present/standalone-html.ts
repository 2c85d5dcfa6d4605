import type { CountryVersion } from '../../domain/versions';
import type { Workspace } from '../../domain/workspace';
import { validateMatrixList, validateVersion } from '../../io/validate-matrix';
import type { Slide } from '../../state/present-slice';

/** What a standalone HTML file carries besides the app: the workspace, the deck and the view. */
export interface EmbeddedWorkspace {
  readonly version: 1;
  readonly workspace: Workspace;
  readonly deck: readonly Slide[];
  /** The query string of the view it was saved on (no ?data=: the data is embedded). */
  readonly search: string;
  /** The versions of its countries (History), when saved with them. */
  readonly versions?: readonly CountryVersion[];
}

const BLOCK_ID = 'x1060-workspace';
/** Marks elements the running app adds to <head>, which a saved copy must not inherit. */
export const RUNTIME_ATTR = 'data-x1060-runtime';

// The single-file build has no other copy of itself to read from file://, so it keeps its own page
// as loaded: module scripts run after parsing, before React fills #root, so this is the pristine file.
const pristine =
  import.meta.env.MODE === 'single' && typeof document !== 'undefined'
    ? `<!doctype html>\n${document.documentElement.outerHTML}`
    : undefined;

/**
 * The data as a <script type="application/json"> block. A data block never runs and CSP does not
 * apply to it; every "<" is escaped so no name ("</script><script>…") can end the block early.
 */
export function embeddedBlock(data: EmbeddedWorkspace): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${BLOCK_ID}">${json}</script>`;
}

// The build's prerendered first screen (app/first-screen.ts: PRERENDERED_ATTR, NOT_PRERENDERED_CLASS) is the
// bundled country's: a file with its own data must never paint it, so a saved copy has an empty #root.
const PRERENDERED_ROOT = /<div id="root" data-prerendered(="")?( inert(="")?)?>[\s\S]*<\/div>(?=\s*<noscript>)/;
const NOT_PRERENDERED = /(<html[^>]*?) class="not-prerendered"/;

/** The single-file app with the data embedded, replacing any data embedded before. */
export function buildStandaloneHtml(template: string, data: EmbeddedWorkspace): string {
  const clean = template
    .replace(new RegExp(`<script type="application/json" id="${BLOCK_ID}">[^<]*</script>`, 'g'), '')
    .replace(new RegExp(`<meta [^>]*${RUNTIME_ATTR}[^>]*>`, 'g'), '')
    .replace(PRERENDERED_ROOT, '<div id="root"></div>')
    .replace(NOT_PRERENDERED, '$1');
  const at = clean.lastIndexOf('</body>');
  if (at < 0) throw new Error('invalid standalone template: no </body>');
  return `${clean.slice(0, at)}${embeddedBlock(data)}${clean.slice(at)}`;
}

/** The data embedded in this page, if it is a saved standalone file; undefined when absent or malformed. */
export function readEmbeddedWorkspace(doc: Document): EmbeddedWorkspace | undefined {
  const text = doc.getElementById(BLOCK_ID)?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<EmbeddedWorkspace>;
    const ok =
      data.version === 1 &&
      Array.isArray(data.workspace?.matrices) &&
      Array.isArray(data.deck) &&
      typeof data.search === 'string';
    if (!ok) return undefined;
    // A file passed from hand to hand is input like any other: its countries are checked and rebuilt.
    const checked = validateMatrixList(data.workspace.matrices, 'workspace.matrices');
    if ('error' in checked) return undefined;
    const versions = Array.isArray(data.versions)
      ? data.versions.flatMap((v, i) => {
          const checkedV = validateVersion(v, `versions[${i}]`);
          return 'version' in checkedV ? [checkedV.version] : [];
        })
      : undefined;
    return {
      ...(data as EmbeddedWorkspace),
      workspace: { matrices: checked.matrices },
      ...(versions ? { versions } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The single-file app to embed into: this page when it is one, else the copy built beside dist/index.html. */
export async function loadStandaloneTemplate(fetchFn: typeof fetch = fetch): Promise<string> {
  if (pristine) return pristine;
  const res = await fetchFn('./x1060-roles.html');
  const text = res.ok ? await res.text() : '';
  // The dev server answers unknown paths with index.html, which is not self-contained.
  if (!text.includes(`<script type="module" crossorigin>`) && !/<script type="module">/.test(text))
    throw new Error('no standalone build');
  return text;
}

/** A file name for a saved workspace, safe on every OS. */
export function standaloneFileName(country: string | undefined): string {
  const stem = [...(country ?? '')]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim();
  return stem ? `${stem} - x1060-roles.html` : 'x1060-roles.html';
}
