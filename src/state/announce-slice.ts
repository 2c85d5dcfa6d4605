import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** The texts of the two live regions of the public contract. */
export interface AnnounceSlice {
  /** Text of the role="status" live region. */
  status: string;
  /** Text of the role="alert" live region. */
  alert: string;
  /**
   * The messages the reader closed on screen (each stays in its live region): a new text shows again; the same
   * text given again (a part keeping the status while it reports an error) stays closed.
   */
  dismissed: { readonly status: boolean; readonly alert: boolean };
  announce: (status: string, alert?: string) => void;
  dismissMessage: (region: 'status' | 'alert') => void;
  /** Clears the status if it still says `status`: a hint that no longer applies (the place it was about is left). */
  withdraw: (status: string) => void;
}

export const announceSlice: StateCreator<AppState, [], [], AnnounceSlice> = (set, get) => ({
  status: '',
  alert: '',
  dismissed: { status: false, alert: false },
  announce: (status, alert = '') =>
    set((s) => ({
      status,
      alert,
      dismissed: {
        status: s.dismissed.status && status === s.status,
        alert: s.dismissed.alert && alert === s.alert,
      },
    })),
  dismissMessage: (region) => set((s) => ({ dismissed: { ...s.dismissed, [region]: true } })),
  withdraw: (status) => {
    if (get().status === status) set({ status: '' });
  },
});
