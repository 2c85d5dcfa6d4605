import type { StateCreator } from 'zustand';
import type { TextEncodingName } from '../io/decode-text';
import type { HeaderRemap } from '../io/header-names';
import { remapKey } from '../io/header-names';
import { IMPORT_MARKS, type ImportResult } from '../io/import-types';
import { readUnlistedAs, type UnlistedAs } from '../io/unlisted-cells';
import { importMessages } from '../i18n/import-messages';
import {
  applyImportResults,
  withNames,
  type ChooseConflict,
  type ConflictChoice,
  type PickReplacement,
} from './import-outcome';
import type * as ImportIo from './import-io';
import type { AppState } from './store';
import { pendingFilesOf, sheetChoice, withoutSkipped } from './sheet-choice';
import { outcomeMessages } from '../i18n/outcome-messages';

/**
 * The CSV reader and the import workers' runner, loaded once, on the first import (see import-io.ts). Once in,
 * `loaded` lets a re-read or a paste start at once, in the same task, as when the reader was in the first script.
 */
let io: Promise<typeof ImportIo> | undefined;
let loaded: typeof ImportIo | undefined;
const importIo = async (): Promise<typeof ImportIo> =>
  loaded ?? (await (io ??= import('./import-io').then((m) => (loaded = m))));

/** One file read and waiting for the user's review. */
export interface PendingFile {
  /** Unique in a review. */
  readonly key: number;
  readonly fileName: string;
  /** The file's bytes (absent for pasted text and refused files), kept to re-read with other choices. */
  readonly bytes?: Uint8Array;
  /** Pasted text. */
  readonly text?: string;
  /** The encoding the user chose instead of the detected one. */
  readonly encoding?: TextEncodingName;
  /** The user's header re-mapping. */
  readonly remap: HeaderRemap;
  /** Names the user gave incoming countries in the review (country as read → name to import under). */
  readonly names?: Readonly<Record<string, string>>;
  /** How the cells the file does not list are read (blank, as read, unless the user chose unknown). */
  readonly unlistedAs?: UnlistedAs;
  readonly result: ImportResult;
  /** The sheet of a workbook this file of the review is (its bytes are the whole workbook's). */
  readonly sheet?: string;
  /** Whether the user skips this sheet (hidden sheets start skipped). */
  readonly skipped?: boolean;
}

/** Files read and shown for review before anything joins the workspace. */
export interface ImportReviewState {
  readonly files: readonly PendingFile[];
  /** Choices for countries whose names are taken, keyed by conflictKey(). */
  readonly choices: Readonly<Record<string, ConflictChoice>>;
  /** Whether the files were pasted rather than picked or dropped. */
  readonly pasted: boolean;
  /**
   * Which incoming country replaces a loaded one that several are set to replace, by the loaded
   * country's id: candidateKey() of the one picked, or 'keep-all'. Unpicked: all are kept beside.
   */
  readonly replaceWith?: Readonly<Record<string, string>>;
}

/** How far reading has got, for the progress bar. */
export interface ImportProgress {
  readonly fileName: string;
  readonly index: number;
  readonly count: number;
  /** 0–1. */
  readonly fraction: number;
}

/** Interactive imports (file picker, drop, paste): read, review, then commit. */
export interface ImportSlice {
  review: ImportReviewState | null;
  progress: ImportProgress | null;
  /** Reads files chosen or dropped by the user and opens the review. */
  importFiles: (files: readonly File[]) => Promise<void>;
  /** Gets ready to read files the user is about to give (picker opened, file dragged over the page): starts the import workers. */
  prepareImport: () => void;
  /** Reads text pasted by the user (tab-separated cells from a spreadsheet) and opens the review. */
  importPastedText: (text: string) => Promise<void>;
  /** Re-reads a file of the review in another encoding. */
  setReviewEncoding: (key: number, encoding: TextEncodingName | undefined) => Promise<void>;
  /** Re-reads a file of the review with a header understood as a type id, 'custom' or 'ignored'. */
  remapHeader: (key: number, header: string, as: string) => Promise<void>;
  /** Re-reads a file of the review with many headers read alike (the review's bulk choice for those not listed one by one). */
  remapHeaders: (key: number, headers: readonly string[], as: string) => Promise<void>;
  chooseConflict: (key: number, country: string, choice: ConflictChoice) => void;
  /** Makes one choice for several countries of a file at once (a bundled one is never replaced: "replace" keeps both). */
  chooseAllConflicts: (
    key: number,
    conflicts: readonly { country: string; bundled: boolean }[],
    choice: ConflictChoice,
  ) => void;
  /** Picks which incoming country replaces a loaded one (by its id) that several are set to replace: a candidateKey() or 'keep-all'. */
  chooseReplacement: (targetId: string, pick: string) => void;
  /** Names an incoming country of a file of the review (pasted cells arrive as "Pasted"); blank keeps the name read. */
  renameIncoming: (key: number, country: string, name: string) => void;
  /** Reads the cells a file of the review does not list as not involved (blank) or unknown. */
  chooseUnlisted: (key: number, as: UnlistedAs) => void;
  /** Imports (true) or skips (false) one sheet of a workbook under review. */
  chooseSheet: (key: number, include: boolean) => void;
  /** Commits the reviewed files: good ones join the workspace, rejected ones are announced. */
  confirmImport: () => void;
  /** Closes the review; nothing changes. */
  cancelReview: () => void;
  /** Stops reading big files; nothing changes. */
  cancelReading: () => void;
}

/** The key of a conflict choice: file and country. */
export function conflictKey(fileKey: number, country: string): string {
  return `${fileKey}\u0000${country}`;
}

/** The key of an incoming country among those set to replace one loaded country: file and index in the file. */
export function candidateKey(fileKey: number, matrixIndex: number): string {
  return `${fileKey}:${matrixIndex}`;
}

/**
 * What the review's files and choices amount to: the results as renamed by the reviewer, each
 * conflict's choice and each contested replacement's pick (the review shows what confirmImport does).
 */
export function reviewDecisions(review: ImportReviewState): {
  results: ImportResult[];
  choose: ChooseConflict;
  pick: PickReplacement;
} {
  const { files, choices, replaceWith = {} } = review;
  return {
    // The warning on cells a long file does not list says how they were read, in the status too.
    results: files.map((f) => withNames(readUnlistedAs(f.result, f.unlistedAs ?? 'blank'), f.names)),
    choose: (i, country) => choices[conflictKey(files[i]!.key, country)] ?? 'keep-both',
    pick: (targetId) => {
      const picked = replaceWith[targetId];
      if (picked === undefined || picked === 'keep-all') return picked;
      const [fileKey, matrixIndex] = picked.split(':').map(Number);
      const fileIndex = files.findIndex((f) => f.key === fileKey);
      return fileIndex < 0 ? undefined : { fileIndex, matrixIndex: matrixIndex! };
    },
  };
}

/** The name pasted cells import under; the country is "Pasted" unless the cells name one. */
export const PASTED_FILE_NAME = 'Pasted.tsv';

type SetState = Parameters<StateCreator<AppState, [], [], ImportSlice>>[0];
type GetState = Parameters<StateCreator<AppState, [], [], ImportSlice>>[1];

/**
 * Changes a file of the review (its encoding or how its headers read) and reads it again with the
 * change; the choice shows at once, the new reading when it is ready.
 */
function reviewUpdater(
  set: SetState,
  get: GetState,
): (key: number, change: (f: PendingFile) => PendingFile) => Promise<void> {
  const reread = async (f: PendingFile, signal?: AbortSignal): Promise<ImportResult> => {
    if (f.text === undefined && !f.bytes) return f.result;
    const { importCsvText, pickSheet, readInBackground } = loaded ?? (await importIo());
    if (f.text !== undefined) return importCsvText(f.text, { fileName: f.fileName, remap: f.remap });
    if (!f.bytes) return f.result;
    const read = readInBackground({
      fileName: f.fileName,
      bytes: f.bytes,
      encoding: f.encoding,
      remap: f.remap,
      signal,
    });
    return f.sheet === undefined ? read : read.then((r) => pickSheet(r, f.sheet!));
  };
  // Bumped by each change to a file of the review, so that a slower earlier re-read cannot land last.
  const seq = new Map<number, number>();
  const update = async (key: number, change: (f: PendingFile) => PendingFile) => {
    const review = get().review;
    const f = review?.files.find((x) => x.key === key);
    if (!review || !f) return;
    const next = change(f);
    const mine = (seq.get(key) ?? 0) + 1;
    seq.set(key, mine);
    // The choice is kept at once, so that a second change made during the re-read builds on it.
    set({
      review: {
        ...review,
        files: review.files.map((x) => (x.key === key ? { ...x, encoding: next.encoding, remap: next.remap } : x)),
      },
    });
    const result = await reread(next);
    const now = get().review;
    if (!now || seq.get(key) !== mine) return;
    set({ review: { ...now, files: now.files.map((x) => (x.key === key ? { ...x, result } : x)) } });
  };
  return update;
}

/** The choices made in the review (conflicts, replacements, names, unlisted cells): each a change of the review only. */
function reviewChoices(
  set: SetState,
  get: GetState,
): Pick<
  ImportSlice,
  'chooseConflict' | 'chooseAllConflicts' | 'chooseReplacement' | 'renameIncoming' | 'chooseUnlisted'
> {
  return {
    chooseConflict: (key, country, choice) => {
      const review = get().review;
      if (review) set({ review: { ...review, choices: { ...review.choices, [conflictKey(key, country)]: choice } } });
    },
    chooseAllConflicts: (key, conflicts, choice) => {
      const review = get().review;
      if (!review) return;
      const choices = { ...review.choices };
      // A bundled country is never replaced: under "replace all" it is kept beside.
      for (const c of conflicts)
        choices[conflictKey(key, c.country)] = c.bundled && choice === 'replace' ? 'keep-both' : choice;
      set({ review: { ...review, choices } });
    },
    chooseReplacement: (targetId, pick) => {
      const review = get().review;
      if (review) set({ review: { ...review, replaceWith: { ...review.replaceWith, [targetId]: pick } } });
    },
    renameIncoming: (key, country, name) => {
      const review = get().review;
      if (!review) return;
      set({
        review: {
          ...review,
          files: review.files.map((f) => (f.key === key ? { ...f, names: { ...f.names, [country]: name } } : f)),
        },
      });
    },
    chooseUnlisted: (key, as) => {
      const review = get().review;
      if (review)
        set({ review: { ...review, files: review.files.map((f) => (f.key === key ? { ...f, unlistedAs: as } : f)) } });
    },
  };
}

/** Reads picked or dropped files one by one, with progress; a file over the size limit is refused unread. */
async function readPickedFiles(
  files: readonly File[],
  set: SetState,
  newKey: () => number,
  signal: AbortSignal,
): Promise<PendingFile[]> {
  const pending: PendingFile[] = [];
  const { MAX_IMPORT_BYTES, readInBackground, tooLarge } = loaded ?? (await importIo());
  for (const [index, file] of files.entries()) {
    if (file.size > MAX_IMPORT_BYTES) {
      pending.push({ key: newKey(), fileName: file.name, remap: {}, result: tooLarge(file.name, file.size) });
      continue;
    }
    set({ progress: { fileName: file.name, index, count: files.length, fraction: 0 } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    performance.mark(IMPORT_MARKS.bytes);
    const onProgress = (fraction: number) =>
      set({ progress: { fileName: file.name, index, count: files.length, fraction } });
    const result = await readInBackground({ fileName: file.name, bytes, onProgress, signal });
    // A workbook gives a file of the review per sheet.
    pending.push(...pendingFilesOf(newKey, file.name, bytes, result));
  }
  return pending;
}

/** Commits the reviewed files: what they replace is kept as a version first, then they join the workspace. */
function confirmReview(set: SetState, get: GetState): void {
  const { review, workspace, selectedId } = get();
  if (!review) return;
  performance.mark(IMPORT_MARKS.commit);
  const { results, choose, pick } = reviewDecisions(withoutSkipped(review));
  const outcome = applyImportResults(workspace, results, choose, undefined, get().lang, pick);
  // What the import replaces is kept as a version first (History), whatever the user chose.
  get().keepVersionsBefore(outcome.workspace.matrices, 'before-import');
  // Versions a JSON workspace carries join those here; a version never changes, so one id is one version.
  if (outcome.versions.length > 0) {
    const have = new Set(get().versions.map((v) => v.id));
    get().loadVersions([...get().versions, ...outcome.versions.filter((v) => !have.has(v.id))]);
  }
  set({
    review: null,
    workspace: outcome.workspace,
    selectedId: outcome.added[0]?.id ?? selectedId,
    status: outcome.status,
    alert: outcome.alert,
  });
}

export const importSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => {
  let controller: AbortController | null = null;
  let nextKey = 1;
  const update = reviewUpdater(set, get);
  /** Refuses a new import while a review is open: replacing it would drop its files unseen. */
  const refuseWhileReviewing = (): boolean => {
    if (!get().review) return false;
    set({ status: importMessages[get().lang].reviewStillOpen, alert: '' });
    return true;
  };
  return {
    review: null,
    progress: null,
    importFiles: async (files) => {
      if (refuseWhileReviewing()) return;
      controller?.abort();
      const ctl = (controller = new AbortController());
      let pending: PendingFile[];
      try {
        pending = await readPickedFiles(files, set, () => nextKey++, ctl.signal);
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        throw e;
      } finally {
        if (controller === ctl) controller = null;
        set({ progress: null });
      }
      if (ctl.signal.aborted || refuseWhileReviewing()) return;
      performance.mark(IMPORT_MARKS.read);
      set({ review: { files: pending, choices: {}, pasted: false } });
    },
    // Loads the reader too, so that it is in by the time the file is given.
    prepareImport: () => (loaded ? loaded.warmUpWorkers() : void importIo().then((m) => m.warmUpWorkers())),
    importPastedText: async (text) => {
      if (refuseWhileReviewing()) return;
      if (!loaded) {
        await importIo();
        // A review opened while the reader was loading (a second paste) is not replaced.
        if (refuseWhileReviewing()) return;
      }
      const { importCsvText } = loaded!;
      const result = importCsvText(text, { fileName: PASTED_FILE_NAME });
      set({
        review: {
          files: [{ key: nextKey++, fileName: PASTED_FILE_NAME, text, remap: {}, result }],
          choices: {},
          pasted: true,
        },
      });
    },
    setReviewEncoding: (key, encoding) => update(key, (f) => ({ ...f, encoding })),
    remapHeader: (key, header, as) =>
      update(key, (f) => {
        const remap = { ...f.remap };
        // Choosing what the name already means undoes the re-mapping.
        if (as === '') delete remap[remapKey(header)];
        else remap[remapKey(header)] = as;
        return { ...f, remap };
      }),
    remapHeaders: (key, headers, as) =>
      update(key, (f) => {
        const remap = { ...f.remap };
        for (const h of headers) remap[remapKey(h)] = as;
        return { ...f, remap };
      }),
    ...reviewChoices(set, get),
    ...sheetChoice(set, get),
    confirmImport: () => confirmReview(set, get),
    cancelReview: () => set({ review: null, status: outcomeMessages[get().lang].cancelled, alert: '' }),
    cancelReading: () => {
      controller?.abort();
      controller = null;
      set({ progress: null, status: outcomeMessages[get().lang].cancelled, alert: '' });
    },
  };
};
