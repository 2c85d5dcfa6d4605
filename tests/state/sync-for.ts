import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import type { RecordStore } from '../../src/io/record-store';
import type { AppStore } from '../../src/state/store';
import { createWorkspaceSync, type SyncOptions, type WorkspaceSync } from '../../src/state/workspace-sync';

/** A workspace sync of a test store over the given records (no channel, as a lone tab). */
export function syncFor(store: AppStore, records: RecordStore, options: Partial<SyncOptions> = {}): WorkspaceSync {
  const bundled = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace.matrices;
  return createWorkspaceSync(store, {
    records,
    scope: 'app',
    bundled,
    onError: (e) => {
      throw e;
    },
    ...options,
  });
}
