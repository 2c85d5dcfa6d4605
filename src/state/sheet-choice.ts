// The review's choice per sheet of a workbook (#20): each sheet is a file of the review of its own,
// imported or skipped; hidden sheets and the long sheet of this app's own workbook start skipped.
import type { StateCreator } from 'zustand';
import type { ImportResult } from '../io/import-types';
import { splitWorkbook } from '../io/xlsx/workbook-results';
import type { ImportReviewState, ImportSlice, PendingFile } from './import-slice';
import type { AppState } from './store';

/** The files of the review one read file gives: a workbook one per sheet, any other file itself. */
export function pendingFilesOf(
  nextKey: () => number,
  fileName: string,
  bytes: Uint8Array | undefined,
  result: ImportResult,
): PendingFile[] {
  return splitWorkbook(result).map((r) => ({
    key: nextKey(),
    fileName,
    ...(bytes ? { bytes } : {}),
    remap: {},
    result: r,
    ...(r.sheet ? { sheet: r.sheet.name } : {}),
    ...(r.sheet?.skipped ? { skipped: true } : {}),
  }));
}

/** The review without the sheets the user skipped: what Import commits, and what the replace summary describes. */
export function withoutSkipped(review: ImportReviewState): ImportReviewState {
  return review.files.some((f) => f.skipped) ? { ...review, files: review.files.filter((f) => !f.skipped) } : review;
}

type Set = Parameters<StateCreator<AppState, [], [], ImportSlice>>[0];
type Get = Parameters<StateCreator<AppState, [], [], ImportSlice>>[1];

/** The action that imports or skips one sheet of the review. */
export function sheetChoice(set: Set, get: Get): Pick<ImportSlice, 'chooseSheet'> {
  return {
    chooseSheet: (key, include) => {
      const review = get().review;
      if (!review) return;
      const files = review.files.map((f) => (f.key === key ? { ...f, skipped: !include } : f));
      set({ review: { ...review, files } });
    },
  };
}
