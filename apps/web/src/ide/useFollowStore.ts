import { create } from "zustand";

interface FollowState {
  /** The awareness client id being followed, or null. */
  following: number | null;
  follow: (clientId: number | null) => void;
}

/** Whom this person follows: the editor goes where that person's cursor goes (useFollow). */
export const useFollowStore = create<FollowState>()((set) => ({
  following: null,
  follow: (following) => set({ following }),
}));
