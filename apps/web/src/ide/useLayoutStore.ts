import { create } from "zustand";

/** What the right-hand panel shows. */
export type SidePanel = "people" | "ai" | "agent" | "preview" | "deploy";

interface LayoutState {
  explorerOpen: boolean;
  panelOpen: boolean;
  sidePanel: SidePanel;
  /** Bumped to move focus to the AI panel's question box. */
  aiFocus: number;
  /** Bumped to move focus to the Agent panel's prompt. */
  agentFocus: number;
  toggleExplorer: () => void;
  togglePanel: () => void;
  showSidePanel: (panel: SidePanel) => void;
  /** Opens the AI panel and puts the caret in its question box. */
  focusAi: () => void;
  /** Opens the Agent panel and puts the caret in its prompt. */
  focusAgent: () => void;
}

/**
 * Which of the IDE's panes show, and what the side panel shows. Kept across projects: it
 * is how this person likes the IDE laid out, not something about one project.
 */
export const useLayoutStore = create<LayoutState>()((set) => ({
  explorerOpen: true,
  panelOpen: true,
  sidePanel: "people",
  aiFocus: 0,
  agentFocus: 0,
  toggleExplorer: () => set((s) => ({ explorerOpen: !s.explorerOpen })),
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  showSidePanel: (sidePanel) => set({ sidePanel, panelOpen: true }),
  focusAi: () => set((s) => ({ sidePanel: "ai", panelOpen: true, aiFocus: s.aiFocus + 1 })),
  focusAgent: () => set((s) => ({ sidePanel: "agent", panelOpen: true, agentFocus: s.agentFocus + 1 })),
}));
