import { create } from "zustand";

/** Where to put the caret once a file opens (a search hit, a deploy log line, an AI change). */
export interface Reveal {
  fileId: string;
  line: number;
  column: number;
  /** Told apart from the last reveal, so the same place can be revealed twice. */
  nonce: number;
}

interface TabsState {
  /** The project whose files these are. */
  projectId: string | null;
  /** Open files, by id, in tab order. */
  tabs: string[];
  active: string | null;
  reveal: Reveal | null;
  open: (fileId: string, reveal?: { line: number; column: number }) => void;
  /** Brings back the tabs of a previous visit, behind any opened since. */
  restore: (tabs: string[], active: string | null) => void;
  close: (fileId: string) => void;
  /** Drops tabs of files that no longer exist. */
  prune: (exists: (fileId: string) => boolean) => void;
  /** No tabs: `projectId` is open now. */
  reset: (projectId: string | null) => void;
}

let nextReveal = 1;

/** The open files of the IDE and which one is in the editor. */
export const useTabsStore = create<TabsState>()((set) => ({
  projectId: null,
  tabs: [],
  active: null,
  reveal: null,
  open: (fileId, reveal) =>
    set((s) => ({
      tabs: s.tabs.includes(fileId) ? s.tabs : [...s.tabs, fileId],
      active: fileId,
      reveal: reveal ? { fileId, ...reveal, nonce: nextReveal++ } : s.reveal,
    })),
  restore: (tabs, active) =>
    set((s) => ({
      tabs: [...new Set([...tabs, ...s.tabs])],
      active: s.active ?? active ?? tabs[0] ?? null,
    })),
  close: (fileId) =>
    set((s) => {
      const index = s.tabs.indexOf(fileId);
      const tabs = s.tabs.filter((id) => id !== fileId);
      const active = s.active === fileId ? (tabs[Math.min(index, tabs.length - 1)] ?? null) : s.active;
      return { tabs, active };
    }),
  prune: (exists) =>
    set((s) => {
      const tabs = s.tabs.filter(exists);
      if (tabs.length === s.tabs.length) return s;
      return { tabs, active: s.active && exists(s.active) ? s.active : (tabs[0] ?? null) };
    }),
  reset: (projectId) => set({ projectId, tabs: [], active: null, reveal: null }),
}));
