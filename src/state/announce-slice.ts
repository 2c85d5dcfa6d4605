import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** The texts of the two live regions of the public contract. */
export interface AnnounceSlice {
  /** Text of the role="status" live region. */
  status: string;
  /** Text of the role="alert" live region. */
  alert: string;
  announce: (status: string, alert?: string) => void;
}

export const announceSlice: StateCreator<AppState, [], [], AnnounceSlice> = (set) => ({
  status: '',
  alert: '',
  announce: (status, alert = '') => set({ status, alert }),
});
