import { create } from "zustand";

export interface Notice {
  text: string;
  /** The page the notice belongs to; it shows there and is dropped once the person moves on. */
  path: string;
}

interface NoticeState {
  notice: Notice | null;
  /** Confirms something that took the person to another page ("You left Demo"). */
  show: (text: string, path: string) => void;
  dismiss: () => void;
}

export const useNotice = create<NoticeState>()((set) => ({
  notice: null,
  show: (text, path) => set({ notice: { text, path } }),
  dismiss: () => set({ notice: null }),
}));
