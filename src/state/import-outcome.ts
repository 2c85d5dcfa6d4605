import { addMatrices, type Workspace } from '../domain/workspace';
import type { RoleMatrix } from '../domain/matrix';
import { newVersionId, type CountryVersion } from '../domain/versions';
import { columnLetter, type ImportProblem, type ImportResult } from '../io/import-types';
import type { Lang } from '../domain/display-options';
import { importMessages } from '../i18n/import-messages';
import { outcomeMessages } from '../i18n/outcome-messages';
import { errorCount } from '../io/problems';
import { toOwnMatrix } from '../io/workspace-json';
import { dropsAnything, keepsAnything, type Replacement } from '../domain/replace-matrix';
import { replaceMessages } from '../i18n/replace-messages';
import { planImport, type ChooseConflict, type ImportPlan, type PickReplacement } from './replace-plan';

/** What applying a batch of import results does: the new workspace and what to announce. */
export interface ImportOutcome {
  readonly workspace: Workspace;
  readonly added: RoleMatrix[];
  /** The versions the files carry (JSON workspaces), each now of the id its country got here. */
  readonly versions: readonly CountryVersion[];
  /** For the role="status" region; empty when nothing was imported and nothing to warn. */
  readonly status: string;
  /** For the role="alert" region; empty when no file was rejected. */
  readonly alert: string;
}

export type { ChooseConflict, ConflictChoice, IncomingRef, PickReplacement } from './replace-plan';

/** The ?data= URL the file at an index was loaded from; undefined for the user's own files. */
export type LinkOf = (fileIndex: number) => string | undefined;

/** An incoming country whose name is already loaded. */
export interface Conflict {
  readonly fileIndex: number;
  readonly country: string;
  /** A bundled country can never be replaced, only kept beside or skipped. */
  readonly bundled: boolean;
}

const MAX_LISTED = 5;
/** Countries named in the status after an import; a file of 200 countries gets "… and 190 more". */
const MAX_COUNTRIES_LISTED = 10;
/** A problem as one sentence in a language: "line 5, column 3 (C, PSIRT): …" / "5行目、3列目（C、PSIRT）：…". */
export function describeProblemIn(lang: Lang, p: ImportProblem): string {
  const t = importMessages[lang];
  const where = t.where(
    p.line,
    p.column,
    p.column === undefined ? undefined : columnLetter(p.column),
    p.columnName,
    p.sheet,
  );
  return t.problemAt(where, t.problem(p));
}

/** The first `max` items joined, and how many more there are: "a, b and 3 more". */
function listSome(
  items: readonly string[],
  max: number,
  separator: string,
  andMore: (listed: string, more: number) => string,
): string {
  const listed = items.slice(0, max).join(separator);
  return items.length > max ? andMore(listed, items.length - max) : listed;
}

/** As listSome, describing only the first `max` items (a file may warn thousands of times). */
function listFirst<T>(
  items: readonly T[],
  max: number,
  describe: (item: T) => string,
  separator: string,
  andMore: (listed: string, more: number) => string,
): string {
  const listed = items.slice(0, max).map(describe).join(separator);
  return items.length > max ? andMore(listed, items.length - max) : listed;
}

/**
 * A result with its countries renamed as the user chose in the review (country as read → new
 * name); blank names and names that only add spaces keep the name read.
 */
export function withNames(result: ImportResult, names: Readonly<Record<string, string>> | undefined): ImportResult {
  if (!names) return result;
  const renamed = result.matrices.map((m) => {
    const name = names[m.country]?.trim();
    return name && name !== m.country ? { ...m, id: name, country: name } : m;
  });
  return renamed.some((m, i) => m !== result.matrices[i]) ? { ...result, matrices: renamed } : result;
}

/** The incoming countries of files without errors whose names are already in the workspace. */
export function findConflicts(ws: Workspace, results: readonly ImportResult[]): Conflict[] {
  const byName = new Map(ws.matrices.map((m) => [m.country, m]));
  const seen = new Set<string>();
  return results.flatMap((r, fileIndex) =>
    r.problems.some((p) => p.severity === 'error')
      ? []
      : r.matrices.flatMap((m) => {
          const there = byName.get(m.country);
          // Two countries of one name in a file (a JSON workspace) share one choice.
          if (!there || seen.has(`${fileIndex}\u0000${m.country}`)) return [];
          seen.add(`${fileIndex}\u0000${m.country}`);
          return [{ fileIndex, country: m.country, bundled: there.bundled === true }];
        }),
  );
}

/** The status note of a replacement: what replaced what, and what it kept and dropped of the loaded country. */
function replacedNote(lang: Lang, country: string, { report }: Replacement): string {
  const t = replaceMessages[lang];
  const { kept, dropped } = report;
  if (keepsAnything(report)) {
    const note = t.replacedKeeping(country, kept.rowNotes, kept.cellNotes, kept.fields);
    return dropsAnything(report) ? note + t.alsoDropping(dropped.rows, dropped.cellNotes, dropped.fields) : note;
  }
  if (dropsAnything(report)) return t.replacedDropping(country, dropped.rows, dropped.cellNotes, dropped.fields);
  return outcomeMessages[lang].replaced(country);
}

/**
 * Adds every file without errors to the workspace; a file with errors adds nothing (the workspace
 * stays exactly as it was for it) and is reported with the lines of its first errors. A country
 * whose name is taken follows `choose`: by default it joins renamed ("Japan (2)"); a bundled
 * country is never replaced; a replacement keeps what its file cannot carry (see replaceMatrix),
 * and when several are set to replace one country only the one `pick` names does (see planImport).
 * Every import is the user's own (no bundled or ?data= flag) unless `linkOf` names the link its
 * file came from (start-up's ?data= files, which are not autosaved).
 */
export function applyImportResults(
  ws: Workspace,
  results: readonly ImportResult[],
  choose: ChooseConflict = () => 'keep-both',
  linkOf: LinkOf = () => undefined,
  lang: Lang = 'en',
  pick?: PickReplacement,
): ImportOutcome {
  const plan = planImport(ws, results, choose, pick);
  let workspace = ws;
  const added: RoleMatrix[] = [];
  const versions: CountryVersion[] = [];
  const statusParts: string[] = [];
  const alertParts: string[] = [];
  results.forEach((r, fileIndex) => {
    if (r.matrices.length === 0 || r.problems.some((p) => p.severity === 'error')) {
      alertParts.push(rejectedNote(lang, r));
      return;
    }
    const file = applyFile(workspace, r, { fileIndex, plan, link: linkOf(fileIndex), results, lang });
    workspace = file.workspace;
    added.push(...file.added);
    const kept = mapVersions(r, file.idOf, workspace);
    versions.push(...kept);
    statusParts.push(fileStatus(lang, r, file, kept.length));
  });
  const gap = lang === 'ja' ? '' : ' ';
  return { workspace, added, versions, status: statusParts.join(gap), alert: alertParts.join(gap) };
}

/**
 * The alert of a file with errors (it adds nothing): how many, and the first ones with their lines. A workbook's
 * sheet is imported or refused on its own: its alert names the sheet, and says that the sheet (not the whole
 * file, whose other sheets may have come in) was not loaded.
 */
function rejectedNote(lang: Lang, r: ImportResult): string {
  const t = outcomeMessages[lang];
  const errors = r.problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, MAX_LISTED).map((p) => describeProblemIn(lang, p));
  // The "… and N more errors" line of a long list counts for N errors, not one.
  const total = errorCount(r.problems);
  const more = Math.max(0, total.count - listed.length);
  const list = listed.join(t.separator);
  // A sheet's name is "book.xlsx › Kenya".
  return (r.sheet ? t.rejectedSheet : t.rejected)(r.fileName, total.count, more, list, total.atLeast);
}

/** What applying one file needs besides the workspace. */
interface FileContext {
  readonly fileIndex: number;
  readonly plan: ImportPlan;
  /** The ?data= link the file came from, if it did. */
  readonly link: string | undefined;
  readonly results: readonly ImportResult[];
  readonly lang: Lang;
}
/** One file applied: the workspace after it, the countries it brought, the id each got, and notes on them. */
interface FileApplied {
  readonly workspace: Workspace;
  readonly added: readonly RoleMatrix[];
  readonly idOf: ReadonlyMap<number, string>;
  readonly notes: readonly string[];
}

/** Applies one file's countries: replacements in place, the others added (renamed when the name is taken). */
function applyFile(ws: Workspace, r: ImportResult, ctx: FileContext): FileApplied {
  const tr = replaceMessages[ctx.lang];
  const placed = placeIncoming(ws, r, ctx);
  const { idOf, notes } = placed;
  const res = addMatrices(placed.workspace, placed.toAdd);
  res.added.forEach((m, i) => {
    idOf.set(placed.addedIndex[i]!, m.id);
    const country = placed.toAdd[i]!.country;
    const winnerFile = placed.contestOf[i];
    if (winnerFile === '') notes.push(tr.contestKeptAll(country, m.country));
    else if (winnerFile !== undefined) notes.push(tr.contestLost(country, m.country, winnerFile));
    else if (m.country !== country) notes.push(outcomeMessages[ctx.lang].joinedAs(country, m.country));
  });
  return { workspace: res.workspace, added: [...placed.imported, ...res.added], idOf, notes };
}

/** Follows the plan for each country of a file: skipped, replacing a loaded one, or set aside to be added. */
function placeIncoming(ws: Workspace, r: ImportResult, ctx: FileContext) {
  const { lang, link } = ctx;
  let workspace = ws;
  const notes: string[] = [];
  let losses = 0;
  const imported: RoleMatrix[] = [];
  const toAdd: RoleMatrix[] = [];
  /** For each country to add that was contested: the winning file's name, '' when all are kept. */
  const contestOf: (string | undefined)[] = [];
  // The id each incoming country got here (replaced: the one it replaced; added: its own, set later).
  const idOf = new Map<number, string>();
  const addedIndex: number[] = [];
  r.matrices.forEach((incoming, matrixIndex) => {
    const action = ctx.plan.actions[ctx.fileIndex]![matrixIndex]!;
    if (action.kind === 'skip') {
      notes.push(outcomeMessages[lang].skipped(incoming.country));
    } else if (action.kind === 'replace') {
      const replacement =
        link === undefined ? action.replacement.matrix : { ...action.replacement.matrix, linked: link };
      workspace = { matrices: workspace.matrices.map((x) => (x.id === action.target.id ? replacement : x)) };
      imported.push(replacement);
      idOf.set(matrixIndex, action.target.id);
      // A note that says something was dropped comes first: a long list is cut after five notes.
      if (dropsAnything(action.replacement.report))
        notes.splice(losses++, 0, replacedNote(lang, incoming.country, action.replacement));
      else notes.push(replacedNote(lang, incoming.country, action.replacement));
    } else {
      // An imported copy is the user's, even when it came from an exported bundled or linked country.
      const own = toOwnMatrix(incoming);
      toAdd.push(link === undefined ? own : { ...own, linked: link });
      addedIndex.push(matrixIndex);
      const won = action.contest?.chosen;
      const winner = won === undefined || won === 'keep-all' ? '' : ctx.results[won.fileIndex]!.fileName;
      contestOf.push(action.contest ? winner : undefined);
    }
  });
  return { workspace, notes, imported, toAdd, contestOf, idOf, addedIndex };
}

/** The status of a file that was applied: what joined, notes on it, its versions and its warnings. */
function fileStatus(lang: Lang, r: ImportResult, file: FileApplied, keptVersions: number): string {
  const t = outcomeMessages[lang];
  const describe = (p: ImportProblem) => describeProblemIn(lang, p);
  const warnings = r.problems.filter((p) => p.severity === 'warning');
  const names = file.added.map((m) => m.country);
  let msg =
    file.added.length > 0
      ? t.imported(file.added.length, r.fileName, listSome(names, MAX_COUNTRIES_LISTED, t.listSeparator, t.andMore))
      : t.nothingImported(r.fileName);
  // Japanese sentences follow each other without a space.
  const gap = lang === 'ja' ? '' : ' ';
  if (file.notes.length)
    msg += `${gap}${listSome(file.notes, MAX_LISTED, t.separator, t.andMore)}${lang === 'ja' ? '。' : '.'}`;
  if (keptVersions > 0) msg += `${gap}${t.versionsImported(keptVersions)}`;
  const dropped = (r.versions?.length ?? 0) - keptVersions;
  if (dropped > 0) msg += `${gap}${t.versionsSkipped(dropped)}`;
  if (warnings.length)
    msg += `${gap}${t.warnings(warnings.length, listFirst(warnings, MAX_LISTED, describe, t.separator, t.andMore))}`;
  return msg;
}

/**
 * A file's versions under the ids their countries got here ("Kenya (2)" has another id than the
 * file's Kenya). Versions of a skipped country are dropped; those of a country the file does not
 * hold (removed before it was exported) keep their id unless a country here has it. A version that
 * follows its country to another id is another version, with an id of its own: the one it was
 * copied from may be here too (a workspace exported and imported again beside itself).
 */
function mapVersions(r: ImportResult, idOf: ReadonlyMap<number, string>, ws: Workspace): CountryVersion[] {
  if (!r.versions) return [];
  const taken = new Set(ws.matrices.map((m) => m.id));
  return r.versions.flatMap(({ version, matrixIndex }) => {
    if (matrixIndex === undefined) return taken.has(version.countryId) ? [] : [version];
    const id = idOf.get(matrixIndex);
    if (id === undefined) return [];
    return id === version.countryId ? [version] : [{ ...version, id: newVersionId(), countryId: id }];
  });
}
