import { useCallback, type ReactNode } from 'react';
import { appMessages } from '../i18n/app-messages';
import { importFileList } from '../io/import-files';
import { useAppState, useAppStore } from '../state/store-context';
import { VIEW_IDS, type ViewId } from '../state/view-slice';
import { CompareView } from '../views/compare/CompareView';
import { CountryPicker } from '../views/CountryPicker';
import { HeatmapView } from '../views/heatmap/HeatmapView';
import { ImportExportBar } from '../views/import/ImportExportBar';
import { LanguagePicker } from '../views/LanguagePicker';
import { SankeyView } from '../views/sankey/SankeyView';
import { useMessages } from '../views/use-messages';
import { Tabs } from '../ui/Tabs';
import { LiveRegions } from './LiveRegions';
import { useFileDrop } from './use-file-drop';

const VIEW_NAMES: Record<ViewId, { en: string; ja: string }> = {
  heatmap: { en: 'Heatmap', ja: 'ヒートマップ' },
  sankey: { en: 'Sankey', ja: 'サンキー図' },
  compare: { en: 'Compare', ja: '比較' },
};

const PANELS: Record<ViewId, () => ReactNode> = {
  heatmap: () => <HeatmapView />,
  sankey: () => <SankeyView />,
  compare: () => <CompareView />,
};

/** The application shell: toolbar, announcements and the current view. */
export function App() {
  const store = useAppStore();
  const t = useMessages(appMessages);
  const lang = useAppState((s) => s.lang);
  const view = useAppState((s) => s.view);
  const theme = useAppState((s) => s.theme);
  const setView = useAppState((s) => s.setView);
  const onFiles = useCallback(
    (files: File[]) => {
      void importFileList(files).then((results) => store.getState().applyImports(results));
    },
    [store],
  );
  const dragging = useFileDrop(onFiles);
  return (
    <div className="app" lang={lang} data-theme={theme}>
      <header className="app-header">
        <h1 className="app-title">
          {t.title} <span className="app-subtitle">{t.subtitle}</span>
        </h1>
        <div className="toolbar">
          <CountryPicker />
          <ImportExportBar />
          <LanguagePicker />
        </div>
      </header>
      <main className="app-main">
        <LiveRegions />
        <Tabs
          label={t.views}
          selected={view}
          onSelect={(id) => setView(id as ViewId)}
          items={VIEW_IDS.map((id) => ({ id, label: VIEW_NAMES[id][lang], panel: PANELS[id] }))}
        />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
    </div>
  );
}
