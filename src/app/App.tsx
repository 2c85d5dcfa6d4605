import { useCallback } from 'react';
import { importFileList } from '../io/import-files';
import { useAppStore } from '../state/store-context';
import { CountryPicker } from '../views/CountryPicker';
import { HeatmapView } from '../views/heatmap/HeatmapView';
import { ImportExportBar } from '../views/import/ImportExportBar';
import { LiveRegions } from './LiveRegions';
import { useFileDrop } from './use-file-drop';

/** The application shell: toolbar, announcements and the current view. */
export function App() {
  const store = useAppStore();
  const onFiles = useCallback(
    (files: File[]) => {
      void importFileList(files).then((results) => store.getState().applyImports(results));
    },
    [store],
  );
  const dragging = useFileDrop(onFiles);
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          X.1060 roles <span className="app-subtitle">who delivers which Cyber Defence Centre services</span>
        </h1>
        <div className="toolbar">
          <CountryPicker />
          <ImportExportBar />
        </div>
      </header>
      <LiveRegions />
      <main className="app-main">
        <HeatmapView />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop CSV files to import them
        </div>
      )}
    </div>
  );
}
