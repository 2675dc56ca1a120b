import { create } from "zustand";

/** The dialog over the IDE: at most one at a time. */
export type Overlay = "quick-open" | "commands" | "search" | null;

interface OverlayState {
  overlay: Overlay;
  setOverlay: (overlay: Overlay) => void;
}

/** Which of the IDE's overlays (go to file, commands, project search) is open. */
export const useOverlayStore = create<OverlayState>()((set) => ({
  overlay: null,
  setOverlay: (overlay) => set({ overlay }),
}));
