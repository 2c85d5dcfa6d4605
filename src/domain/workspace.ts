import { uniqueName, type RoleMatrix } from './matrix';

/** Everything the user has loaded: bundled, imported and edited countries, in display order. */
export interface Workspace {
  readonly matrices: readonly RoleMatrix[];
}

export const EMPTY_WORKSPACE: Workspace = { matrices: [] };

/**
 * Adds matrices to a workspace without touching what is there: a country whose name is taken
 * joins renamed ("Japan (2)"), and every matrix gets an id unique in the workspace.
 */
export function addMatrices(
  ws: Workspace,
  incoming: readonly RoleMatrix[],
): { workspace: Workspace; added: RoleMatrix[] } {
  const names = ws.matrices.map((m) => m.country);
  const ids = new Set(ws.matrices.map((m) => m.id));
  const added: RoleMatrix[] = [];
  for (const m of incoming) {
    const country = uniqueName(m.country, names);
    names.push(country);
    const id = uniqueName(m.bundled ? m.id : `user:${country}`, ids);
    ids.add(id);
    added.push({ ...m, id, country });
  }
  return { workspace: { matrices: [...ws.matrices, ...added] }, added };
}

/** The matrix with this id. */
export function findMatrix(ws: Workspace, id: string | undefined): RoleMatrix | undefined {
  return id === undefined ? undefined : ws.matrices.find((m) => m.id === id);
}
