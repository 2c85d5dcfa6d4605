import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Presenter mode and its deck of slides: owned by the present feature. */
export interface PresentSlice {
  presenting: boolean;
  setPresenting: (on: boolean) => void;
}

export const presentSlice: StateCreator<AppState, [], [], PresentSlice> = (set) => ({
  presenting: false,
  setPresenting: (presenting) => set({ presenting }),
});
