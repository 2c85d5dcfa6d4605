import { isValidScore, type MatrixRow, type RoleMatrix, type Score, type Stakeholder } from '../domain/matrix';
import { SECTOR_GROUPS } from '../domain/stakeholders';
import type { ImportProblem } from './import-types';
import { problem } from './problems';

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

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || isStr(v);

/** Reads a JSON workspace file, checking every field; never throws. */
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
  const matrices: RoleMatrix[] = [];
  for (const [i, m] of data.matrices.entries()) {
    const why = checkMatrix(m);
    if (why) return bad(`matrix ${i + 1}: ${why}`);
    matrices.push(m as RoleMatrix);
  }
  if (matrices.length === 0) return bad('it holds no country');
  return { matrices, problems: [] };
}

function checkMatrix(m: unknown): string | undefined {
  if (!isObj(m)) return 'not an object';
  if (!isStr(m.id) || !isStr(m.country) || m.country.trim() === '') return 'id or country missing';
  if (!optStr(m.countryCode) || (m.bundled !== undefined && typeof m.bundled !== 'boolean')) return 'bad countryCode or bundled';
  if (!isObj(m.provenance) || !Object.values(m.provenance).every(isStr)) return 'bad provenance';
  if (!Array.isArray(m.rows) || !m.rows.every(isRow)) return 'bad rows';
  if (!Array.isArray(m.stakeholders) || !m.stakeholders.every(isStakeholder)) return 'bad stakeholders';
  const rows = m.rows as MatrixRow[];
  const cols = m.stakeholders as Stakeholder[];
  if (new Set(rows.map((r) => r.key)).size !== rows.length) return 'a row key repeats';
  if (new Set(cols.map((s) => s.key)).size !== cols.length) return 'a stakeholder key repeats';
  if (!Array.isArray(m.cells) || m.cells.length !== rows.length) return 'cells do not match the rows';
  for (const row of m.cells) {
    if (!Array.isArray(row) || row.length !== cols.length || !row.every(isScore)) return 'a cell is not a score (0–10, null or "unknown")';
  }
  if (m.notes !== undefined && (!isObj(m.notes) || !Object.values(m.notes).every(isStr))) return 'bad notes';
  return undefined;
}

function isRow(r: unknown): boolean {
  return isObj(r) && isStr(r.key) && isStr(r.label) && optStr(r.x1060Id);
}

function isStakeholder(s: unknown): boolean {
  return isObj(s) && isStr(s.key) && isStr(s.name) && optStr(s.typeId) && (SECTOR_GROUPS as readonly unknown[]).includes(s.sector);
}

function isScore(s: unknown): s is Score {
  return s === null || s === 'unknown' || (typeof s === 'number' && isValidScore(s));
}
