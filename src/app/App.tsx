import { useCallback, useEffect, type ReactNode } from 'react';
import { appMessages } from '../i18n/app-messages';
import { workspaceMessages } from '../i18n/workspace-messages';
import { useAppState, useAppStore } from '../state/store-context';
import { VIEW_IDS, type ViewId } from '../state/view-slice';
import { HeatmapView } from '../views/heatmap/HeatmapView';
import { useMessages } from '../views/use-messages';
import { ViewErrorBoundary } from '../views/ViewErrorBoundary';
import { Tabs } from '../ui/Tabs';
import { LocaleContext } from '../ui/locale-context';
import {
  HowToCite,
  CompareView,
  CountryPicker,
  EditorView,
  ImportExportBar,
  ImportReview,
  LanguagePicker,
  PresentButton,
  PresenterMode,
  SankeyView,
} from './lazy-views';
import { LiveRegions } from './LiveRegions';
import { useFileDrop } from './use-file-drop';
import { usePasteImport } from './use-paste-import';

const VIEW_NAMES: Record<ViewId, { en: string; ja: string }> = {
  heatmap: { en: 'Heatmap', ja: 'ヒートマップ' },
  sankey: { en: 'Sankey', ja: 'サンキー図' },
  compare: { en: 'Compare', ja: '比較' },
  editor: { en: 'Edit', ja: '編集' },
};

// Each view in its own error boundary: one that cannot be drawn leaves the toolbar and the other tabs working.
const PANELS: Record<ViewId, () => ReactNode> = {
  heatmap: () => (
    <ViewErrorBoundary part="heatmap">
      <HeatmapView />
    </ViewErrorBoundary>
  ),
  sankey: () => (
    <ViewErrorBoundary part="sankey">
      <SankeyView />
    </ViewErrorBoundary>
  ),
  compare: () => (
    <ViewErrorBoundary part="compare">
      <CompareView />
    </ViewErrorBoundary>
  ),
  editor: () => (
    <ViewErrorBoundary part="editor">
      <EditorView />
    </ViewErrorBoundary>
  ),
};

/**
 * The application, with react-aria's own words (stepper buttons, dismiss buttons, dates) in the
 * chosen language: each part loaded on demand puts react-aria's provider of this locale around itself.
 */
export function App() {
  const lang = useAppState((s) => s.lang);
  return (
    <LocaleContext value={lang === 'ja' ? 'ja-JP' : 'en-US'}>
      <ViewErrorBoundary part="app">
        <AppShell />
      </ViewErrorBoundary>
    </LocaleContext>
  );
}

/** Says where this page's work is saved (the hosted app's shared workspace, or this file's own). */
function SaveNote() {
  const savedIn = useAppState((s) => s.savedIn);
  const t = useMessages(workspaceMessages);
  if (savedIn !== 'app' && savedIn !== 'file') return null;
  return <footer className="save-note">{savedIn === 'file' ? t.savedInFile : t.savedInApp}</footer>;
}

/** The application shell: toolbar, announcements and the current view. */
function AppShell() {
  const store = useAppStore();
  const t = useMessages(appMessages);
  const lang = useAppState((s) => s.lang);
  const view = useAppState((s) => s.view);
  const theme = useAppState((s) => s.theme);
  const setView = useAppState((s) => s.setView);
  const onFiles = useCallback(
    (files: File[]) => {
      void store.getState().importFiles(files);
    },
    [store],
  );
  const prepareImport = useAppState((s) => s.prepareImport);
  const dragging = useFileDrop(onFiles, prepareImport);
  usePasteImport();
  const presenting = useAppState((s) => s.presenting);
  // Dialogs and pickers are drawn outside .app (portals): the page's own language covers them too, and the
  // window's title (the tab, the window list, a bookmark) is the app's name in it.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t.title]);
  if (presenting) {
    return (
      <ViewErrorBoundary part="present">
        <PresenterMode />
      </ViewErrorBoundary>
    );
  }
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
          <PresentButton />
        </div>
      </header>
      <main className="app-main" tabIndex={-1}>
        <LiveRegions />
        <Tabs
          label={t.views}
          selected={view}
          onSelect={(id) => setView(id as ViewId)}
          items={VIEW_IDS.map((id) => ({ id, label: VIEW_NAMES[id][lang], panel: PANELS[id] }))}
        />
      </main>
      <SaveNote />
      <HowToCite />
      <ViewErrorBoundary part="review">
        <ImportReview />
      </ViewErrorBoundary>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
    </div>
  );
}
