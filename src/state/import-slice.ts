import type { StateCreator } from 'zustand';
import { importFileList } from '../io/import-files';
import type { AppState } from './store';

/** Interactive imports (file picker, drop, paste): owned by the import feature. */
export interface ImportSlice {
  /** Reads files chosen or dropped by the user and brings them into the workspace. */
  importFiles: (files: readonly File[]) => Promise<void>;
  /** Reads text pasted by the user (tab-separated cells from a spreadsheet) as a file. */
  importPastedText: (text: string) => void;
}

export const importSlice: StateCreator<AppState, [], [], ImportSlice> = (_set, get) => ({
  importFiles: async (files) => {
    get().applyImports(await importFileList(files));
  },
  importPastedText: () => {},
});
