import type { StateCreator } from 'zustand';
import type { Lang, PaletteId } from '../domain/display-options';
import type { AppState } from './store';

export const VIEW_IDS = ['heatmap', 'sankey', 'compare', 'editor'] as const;
/** The screens of the app. */
export type ViewId = (typeof VIEW_IDS)[number];

/** The charts that can be exported, each with its own caption. */
export type FigureKind = 'heatmap' | 'sankey' | 'side-by-side' | 'difference' | 'metrics';

/** Which screen is shown and the display choices shared by all of them. */
export interface ViewSlice {
  view: ViewId;
  lang: Lang;
  palette: PaletteId;
  theme: 'light' | 'dark';
  setTheme: (theme: 'light' | 'dark') => void;
  setView: (view: ViewId) => void;
  setLang: (lang: Lang) => void;
  setPalette: (palette: PaletteId) => void;
  /** Whether the charts' side panel of view options is open on wide screens (remembered by the app, not in the URL). */
  optionsOpen: boolean;
  setOptionsOpen: (open: boolean) => void;
  /** Where this page's work is saved: the app's shared workspace, this standalone file's own, or nowhere. */
  savedIn: 'app' | 'file' | 'none' | undefined;
  setSavedIn: (where: 'app' | 'file' | 'none') => void;
  /** The caption the user typed for each kind of chart: shown under it and in its exports (not saved). */
  figureCaptions: Partial<Record<FigureKind, string>>;
  setFigureCaption: (kind: FigureKind, caption: string) => void;
}

export const viewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'heatmap',
  lang: 'en',
  palette: 'ylgnbu',
  theme: 'light',
  setTheme: (theme) => set({ theme }),
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  setPalette: (palette) => set({ palette }),
  optionsOpen: true,
  setOptionsOpen: (optionsOpen) => set({ optionsOpen }),
  savedIn: undefined,
  setSavedIn: (savedIn) => set({ savedIn }),
  figureCaptions: {},
  setFigureCaption: (kind, caption) => set((s) => ({ figureCaptions: { ...s.figureCaptions, [kind]: caption } })),
});
