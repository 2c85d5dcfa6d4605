import { addMatrices, type Workspace } from '../domain/workspace';
import type { RoleMatrix } from '../domain/matrix';
import { describeProblem, type ImportResult } from '../io/import-types';

/** What applying a batch of import results does: the new workspace and what to announce. */
export interface ImportOutcome {
  readonly workspace: Workspace;
  readonly added: RoleMatrix[];
  /** For the role="status" region; empty when nothing was imported and nothing to warn. */
  readonly status: string;
  /** For the role="alert" region; empty when no file was rejected. */
  readonly alert: string;
}

const MAX_LISTED = 5;

/**
 * Adds every file without errors to the workspace; a file with errors adds nothing (the workspace
 * stays exactly as it was for it) and is reported with the lines of its first errors.
 */
export function applyImportResults(ws: Workspace, results: readonly ImportResult[]): ImportOutcome {
  let workspace = ws;
  const added: RoleMatrix[] = [];
  const statusParts: string[] = [];
  const alertParts: string[] = [];
  for (const r of results) {
    const errors = r.problems.filter((p) => p.severity === 'error');
    const warnings = r.problems.filter((p) => p.severity === 'warning');
    if (errors.length > 0 || r.matrices.length === 0) {
      const listed = errors.slice(0, MAX_LISTED).map(describeProblem);
      const more = errors.length > MAX_LISTED ? ` (and ${errors.length - MAX_LISTED} more)` : '';
      alertParts.push(`Could not import ${r.fileName}: ${errors.length} error${errors.length === 1 ? '' : 's'}${more}. ${listed.join('; ')}. Nothing from this file was loaded.`);
      continue;
    }
    const res = addMatrices(workspace, r.matrices);
    workspace = res.workspace;
    added.push(...res.added);
    const names = res.added.map((m) => m.country).join(', ');
    const renamed = res.added.filter((m, i) => m.country !== r.matrices[i]!.country).map((m, i) => `"${r.matrices[i]!.country}" was already loaded, so it joined as "${m.country}"`);
    let msg = `Imported ${res.added.length} ${res.added.length === 1 ? 'country' : 'countries'} from ${r.fileName}: ${names}.`;
    if (renamed.length) msg += ` ${renamed.join('; ')}.`;
    if (warnings.length) msg += ` ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings.slice(0, MAX_LISTED).map(describeProblem).join('; ')}.`;
    statusParts.push(msg);
  }
  return { workspace, added, status: statusParts.join(' '), alert: alertParts.join(' ') };
}
