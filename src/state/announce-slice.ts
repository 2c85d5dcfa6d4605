import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** The texts of the two live regions of the public contract. */
export interface AnnounceSlice {
  /** Text of the role="status" live region. */
  status: string;
  /** Text of the role="alert" live region. */
  alert: string;
  announce: (status: string, alert?: string) => void;
  /** Clears the status if it still says `status`: a hint that no longer applies (the place it was about is left). */
  withdraw: (status: string) => void;
}

export const announceSlice: StateCreator<AppState, [], [], AnnounceSlice> = (set, get) => ({
  status: '',
  alert: '',
  announce: (status, alert = '') => set({ status, alert }),
  withdraw: (status) => {
    if (get().status === status) set({ status: '' });
  },
});
