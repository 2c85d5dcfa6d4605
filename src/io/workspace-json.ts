import type { RoleMatrix } from '../domain/matrix';
import type { ImportProblem } from './import-types';
import { problem } from './problems';
import { validateMatrixList } from './validate-matrix';

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

/** Writes matrices as a JSON workspace file that re-imports losslessly (provenance, unknowns, notes). */
export function exportWorkspaceJson(matrices: readonly RoleMatrix[]): string {
  return JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, matrices: matrices.map(toOwnMatrix) }, null, 2) + '\n';
}

/** Whether a text is (meant to be) a JSON workspace file. */
export function looksLikeWorkspaceJson(text: string): boolean {
  return /^\s*\{/.test(text.replace(/^\uFEFF/, '')) && text.includes(`"${WORKSPACE_FORMAT}"`);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a JSON workspace file, checking every field of every matrix (validateMatrixList); never
 * throws. A bad value is refused with its path: "matrices[0].rowNotes.A: expected text".
 */
export function parseWorkspaceJson(text: string, fileName: string): { matrices: RoleMatrix[]; problems: ImportProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    return { matrices: [], problems: [problem('error', 'bad-json', `the JSON workspace file is damaged: ${message}`, { line }, { message })] };
  }
  const bad = (message: string): { matrices: RoleMatrix[]; problems: ImportProblem[] } => ({
    matrices: [],
    problems: [problem('error', 'bad-json', `the JSON workspace file ${fileName} is not valid: ${message}`, { line: 1 }, { message })],
  });
  if (!isObj(data) || data.format !== WORKSPACE_FORMAT || !Array.isArray(data.matrices)) return bad('it has no "matrices" list');
  const checked = validateMatrixList(data.matrices, 'matrices');
  if ('fault' in checked) {
    const { path, reason, value, n, limit, other } = checked.fault;
    const params = { path, reason, ...(value !== undefined ? { value } : {}), ...(n !== undefined ? { n } : {}), ...(limit !== undefined ? { limit } : {}), ...(other !== undefined ? { other } : {}) };
    return { matrices: [], problems: [problem('error', 'bad-json-value', checked.error, {}, params)] };
  }
  if (checked.matrices.length === 0) return bad('it holds no country');
  return { matrices: checked.matrices, problems: [] };
}
