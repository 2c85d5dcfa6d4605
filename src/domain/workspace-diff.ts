import { changedCells } from './matrix-merge';
import type { RoleMatrix, Score } from './matrix';
import type { Workspace } from './workspace';

/** What one step of undo or redo changed, to say it in words. */
export type WorkspaceChange =
  | {
      readonly kind: 'cell';
      readonly country: string;
      readonly row: string;
      readonly stakeholder: string;
      readonly from: Score;
      readonly to: Score;
    }
  | { readonly kind: 'cells'; readonly country: string; readonly n: number }
  | { readonly kind: 'other'; readonly country: string }
  | { readonly kind: 'added' | 'removed'; readonly country: string }
  | { readonly kind: 'several'; readonly n: number }
  | { readonly kind: 'none' };

/** The change from workspace `a` to `b`, country by country (the same objects are unchanged). */
export function describeWorkspaceChange(a: Workspace, b: Workspace): WorkspaceChange {
  const before = new Map(a.matrices.map((m) => [m.id, m]));
  const after = new Map(b.matrices.map((m) => [m.id, m]));
  const changes: WorkspaceChange[] = [];
  for (const [id, m] of after) {
    const old = before.get(id);
    if (!old) changes.push({ kind: 'added', country: m.country });
    else if (old !== m) changes.push(cellChange(old, m));
  }
  for (const [id, m] of before) if (!after.has(id)) changes.push({ kind: 'removed', country: m.country });
  if (changes.length === 0) return { kind: 'none' };
  return changes.length === 1 ? changes[0]! : { kind: 'several', n: changes.length };
}

function cellChange(a: RoleMatrix, b: RoleMatrix): WorkspaceChange {
  const cells = changedCells(a, b);
  if (cells.length === 0) return { kind: 'other', country: b.country };
  if (cells.length > 1) return { kind: 'cells', country: b.country, n: cells.length };
  const { rowKey, stakeholderKey } = cells[0]!;
  const score = (m: RoleMatrix): Score =>
    m.cells[m.rows.findIndex((r) => r.key === rowKey)]?.[m.stakeholders.findIndex((s) => s.key === stakeholderKey)] ??
    null;
  const row = b.rows.find((r) => r.key === rowKey) ?? a.rows.find((r) => r.key === rowKey);
  const sh =
    b.stakeholders.find((s) => s.key === stakeholderKey) ?? a.stakeholders.find((s) => s.key === stakeholderKey);
  return {
    kind: 'cell',
    country: b.country,
    row: row?.x1060Id ?? row?.label ?? rowKey,
    stakeholder: sh?.name ?? stakeholderKey,
    from: score(a),
    to: score(b),
  };
}
