import type { RoleMatrix } from '../domain/matrix';
import type { CountryVersion } from '../domain/versions';
import type { ImportedVersion, ImportProblem } from './import-types';
import { problem, thrownMessage } from './problems';
import { validateMatrixList, validateVersion, type MatrixFault } from './validate-matrix';

/** The value of the JSON workspace file's "format" field. */
export const WORKSPACE_FORMAT = 'x1060-roles-workspace';

/**
 * A matrix as the user's own: without the bundled flag (a copy of a dataset is editable) and without
 * the ?data= link (a linked country is never autosaved, so an imported copy that kept it would vanish).
 */
export function toOwnMatrix(m: RoleMatrix): RoleMatrix {
  const { bundled: _bundled, linked: _linked, ...own } = m;
  return own;
}

/**
 * Writes matrices as a JSON workspace file that re-imports losslessly (provenance, unknowns, notes),
 * with the versions of its countries (History) in a "versions" list.
 */
export function exportWorkspaceJson(matrices: readonly RoleMatrix[], versions: readonly CountryVersion[] = []): string {
  const own = versions.map((v) => ({ ...v, matrix: toOwnMatrix(v.matrix) }));
  return (
    JSON.stringify(
      { format: WORKSPACE_FORMAT, version: 1, matrices: matrices.map(toOwnMatrix), versions: own },
      null,
      2,
    ) + '\n'
  );
}

/** Whether a text is (meant to be) a JSON workspace file. */
export function looksLikeWorkspaceJson(text: string): boolean {
  return /^\s*\{/.test(text.replace(/^\uFEFF/, '')) && text.includes(`"${WORKSPACE_FORMAT}"`);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a JSON workspace file holds: its countries, the versions of them, and what is wrong with it. */
export interface ParsedWorkspace {
  matrices: RoleMatrix[];
  /** Each version with the index of its country among `matrices` (undefined: a country the file does not hold). */
  versions: ImportedVersion[];
  problems: ImportProblem[];
}

/**
 * Reads a JSON workspace file, checking every field of every matrix (validateMatrixList) and of
 * every version (validateVersion); never throws. A bad value is refused with its path:
 * "matrices[0].rowNotes.A: expected text", "versions[2].kind: expected one of …".
 */
export function parseWorkspaceJson(text: string, fileName: string): ParsedWorkspace {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = thrownMessage(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    return {
      matrices: [],
      versions: [],
      problems: [problem('error', 'bad-json', { line }, { message })],
    };
  }
  // Why, as a reason each language words ('no-matrices' …).
  const bad = (why: { reason: string }): ParsedWorkspace => ({
    matrices: [],
    versions: [],
    problems: [problem('error', 'bad-json', { line: 1 }, { file: fileName, ...why })],
  });
  if (!isObj(data) || data.format !== WORKSPACE_FORMAT || !Array.isArray(data.matrices))
    return bad({ reason: 'no-matrices' });
  const checked = validateMatrixList(data.matrices, 'matrices');
  if ('fault' in checked) return badValue(checked.fault);
  if (checked.matrices.length === 0) return bad({ reason: 'no-country' });
  if (data.versions !== undefined && !Array.isArray(data.versions)) return bad({ reason: 'versions-not-list' });
  const versions: ImportedVersion[] = [];
  const indexOf = new Map(checked.matrices.map((m, i) => [m.id, i]));
  for (const [i, value] of ((data.versions as unknown[] | undefined) ?? []).entries()) {
    const v = validateVersion(value, `versions[${i}]`);
    if ('error' in v) return badValue(v.fault);
    versions.push({ version: v.version, matrixIndex: indexOf.get(v.version.countryId) });
  }
  return { matrices: checked.matrices, versions, problems: [] };
}

/** A workspace refused for one value: where it is and why, as values each language words. */
function badValue({ path, reason, value, n, limit, other }: MatrixFault): ParsedWorkspace {
  const params = {
    path,
    reason,
    ...(value !== undefined ? { value } : {}),
    ...(n !== undefined ? { n } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(other !== undefined ? { other } : {}),
  };
  return { matrices: [], versions: [], problems: [problem('error', 'bad-json-value', {}, params)] };
}
