import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** The texts of the two live regions of the public contract. */
export interface AnnounceSlice {
  /** Text of the role="status" live region. */
  status: string;
  /** Text of the role="alert" live region. */
  alert: string;
  /** The reader closed the messages on screen (they stay in the live regions); the next message shows again. */
  messagesDismissed: boolean;
  announce: (status: string, alert?: string) => void;
  dismissMessages: () => void;
  /** Clears the status if it still says `status`: a hint that no longer applies (the place it was about is left). */
  withdraw: (status: string) => void;
}

export const announceSlice: StateCreator<AppState, [], [], AnnounceSlice> = (set, get) => ({
  status: '',
  alert: '',
  messagesDismissed: false,
  announce: (status, alert = '') => set({ status, alert, messagesDismissed: false }),
  dismissMessages: () => set({ messagesDismissed: true }),
  withdraw: (status) => {
    if (get().status === status) set({ status: '' });
  },
});
