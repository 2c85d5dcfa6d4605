import type { RoleMatrix } from '../domain/matrix';
import { replaceMatrix, type Replacement } from '../domain/replace-matrix';
import type { Workspace } from '../domain/workspace';
import { carriedFields } from '../io/carried-fields';
import type { ImportResult } from '../io/import-types';
import { toOwnMatrix } from '../io/workspace-json';

/** What to do with an incoming country whose name is taken: replace it, keep both (renamed), or skip it. */
export type ConflictChoice = 'replace' | 'keep-both' | 'skip';

/** Picks the choice for a country of the file at an index; by default both are kept. */
export type ChooseConflict = (fileIndex: number, country: string) => ConflictChoice;

/** One incoming country: the file's index in the review and the country's index in that file. */
export interface IncomingRef {
  readonly fileIndex: number;
  readonly matrixIndex: number;
}

/**
 * Which of several incoming countries that would replace the same loaded one does (by the loaded
 * country's id): one of them, 'keep-all' (all kept beside it, renamed), or undefined (not chosen: keep all).
 */
export type PickReplacement = (targetId: string) => IncomingRef | 'keep-all' | undefined;

/** Two or more incoming countries set to replace one loaded country: only the user's pick does. */
export interface ReplaceContest {
  /** The loaded country they would replace. */
  readonly target: RoleMatrix;
  readonly candidates: readonly IncomingRef[];
  /** The one that replaces it, or 'keep-all': none does, all are kept beside it. */
  readonly chosen: IncomingRef | 'keep-all';
}

/** What happens to one incoming country. */
export type IncomingAction =
  | { readonly kind: 'skip' }
  /** Joins the workspace (renamed if its name is taken); `contest` when it was one of several set to replace a country and was not picked. */
  | { readonly kind: 'add'; readonly contest?: ReplaceContest }
  /** Replaces the loaded `target` (keeping what its file cannot carry). */
  | { readonly kind: 'replace'; readonly target: RoleMatrix; readonly replacement: Replacement };

/** What an import will do, decided before anything changes (the review shows it; the store applies it). */
export interface ImportPlan {
  /** actions[fileIndex][matrixIndex]; empty for a rejected file. */
  readonly actions: readonly (readonly IncomingAction[])[];
  readonly contests: readonly ReplaceContest[];
}

const same = (a: IncomingRef, b: IncomingRef) => a.fileIndex === b.fileIndex && a.matrixIndex === b.matrixIndex;

/**
 * Decides what each incoming country of the files without errors does. A country whose name is
 * loaded follows `choose`; a bundled one is never replaced. When two or more incoming countries
 * are set to replace the same loaded one, that is a contest: the one `pick` names replaces it and
 * the others join beside it; unpicked, none replaces it and all join beside it.
 */
export function planImport(
  ws: Workspace,
  results: readonly ImportResult[],
  choose: ChooseConflict,
  pick: PickReplacement = () => undefined,
): ImportPlan {
  const byName = new Map(ws.matrices.map((m) => [m.country, m]));
  const wanting = new Map<string, { target: RoleMatrix; refs: IncomingRef[] }>();
  const actions: IncomingAction[][] = results.map((r, fileIndex) => {
    if (r.problems.some((p) => p.severity === 'error')) return [];
    return r.matrices.map((m, matrixIndex): IncomingAction => {
      const there = byName.get(m.country);
      if (!there) return { kind: 'add' };
      const choice = choose(fileIndex, m.country);
      if (choice === 'skip') return { kind: 'skip' };
      if (choice !== 'replace' || there.bundled) return { kind: 'add' };
      const w = wanting.get(there.id) ?? { target: there, refs: [] };
      w.refs.push({ fileIndex, matrixIndex });
      wanting.set(there.id, w);
      // Decided below, once every country that wants to replace it is known.
      return { kind: 'add' };
    });
  });
  const contests: ReplaceContest[] = [];
  for (const { target, refs } of wanting.values()) {
    let winner: IncomingRef | undefined = refs[0];
    let contest: ReplaceContest | undefined;
    if (refs.length > 1) {
      const picked = pick(target.id);
      const chosen =
        picked !== undefined && picked !== 'keep-all' && refs.some((r) => same(r, picked)) ? picked : 'keep-all';
      contest = { target, candidates: refs, chosen };
      contests.push(contest);
      winner = chosen === 'keep-all' ? undefined : chosen;
    }
    for (const ref of refs) {
      const r = results[ref.fileIndex]!;
      if (winner && same(ref, winner)) {
        const replacement = replaceMatrix(target, toOwnMatrix(r.matrices[ref.matrixIndex]!), carriedFields(r));
        actions[ref.fileIndex]![ref.matrixIndex] = { kind: 'replace', target, replacement };
      } else actions[ref.fileIndex]![ref.matrixIndex] = { kind: 'add', ...(contest ? { contest } : {}) };
    }
  }
  return { actions, contests };
}
