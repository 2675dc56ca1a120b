import { create } from "zustand";

export type Overlay = "quick-open" | "commands" | "search" | null;

/** What the right-hand panel shows. */
export type SidePanel = "people" | "ai" | "preview" | "deploy";

export interface Reveal {
  fileId: string;
  line: number;
  column: number;
  nonce: number;
}

/** An inline name being typed in the explorer. */
export type ExplorerEdit =
  { mode: "new-file" | "new-folder"; folder: string } | { mode: "rename"; path: string; fileId: string | null };

/** What a delete confirmation is about: one file, or a folder and all below it. */
export interface DeleteTarget {
  path: string;
  fileId: string | null;
}

export interface IdeNotice {
  id: number;
  tone: "info" | "error";
  text: string;
}

interface IdeState {
  projectId: string | null;
  /** Open files, by id, in tab order. */
  tabs: string[];
  active: string | null;
  /** The awareness client id being followed. */
  following: number | null;
  overlay: Overlay;
  reveal: Reveal | null;
  explorerOpen: boolean;
  panelOpen: boolean;
  sidePanel: SidePanel;
  /** Bumped to move focus to the AI panel's question box. */
  aiFocus: number;
  notices: IdeNotice[];
  editing: ExplorerEdit | null;
  deleting: DeleteTarget | null;
  /** Folders made in this tab that hold no file yet (a folder exists once a file is in it). */
  draftFolders: string[];
  /** Set by the open editor: runs one of its actions (find, replace). */
  runEditorAction: ((actionId: string) => void) | null;
  /** Starts fresh for another project. */
  enter: (projectId: string) => void;
  open: (fileId: string, reveal?: { line: number; column: number }) => void;
  /** Brings back the tabs of a previous visit, behind any opened since. */
  restore: (tabs: string[], active: string | null) => void;
  close: (fileId: string) => void;
  /** Drops tabs of files that no longer exist. */
  prune: (exists: (fileId: string) => boolean) => void;
  follow: (clientId: number | null) => void;
  setOverlay: (overlay: Overlay) => void;
  toggleExplorer: () => void;
  togglePanel: () => void;
  showSidePanel: (panel: SidePanel) => void;
  /** Opens the AI panel and puts the caret in its question box. */
  focusAi: () => void;
  notify: (text: string, tone?: IdeNotice["tone"]) => void;
  dismiss: (id: number) => void;
  setEditing: (editing: ExplorerEdit | null) => void;
  setDeleting: (deleting: DeleteTarget | null) => void;
  addDraftFolder: (path: string) => void;
  setEditorActions: (run: ((actionId: string) => void) | null) => void;
}

let nextNotice = 1;
let nextReveal = 1;

/** The IDE's view state: tabs, the active file, overlays, panes and passing notices. */
export const useIdeStore = create<IdeState>()((set, get) => ({
  projectId: null,
  tabs: [],
  active: null,
  following: null,
  overlay: null,
  reveal: null,
  explorerOpen: true,
  panelOpen: true,
  sidePanel: "people",
  aiFocus: 0,
  notices: [],
  editing: null,
  deleting: null,
  draftFolders: [],
  runEditorAction: null,
  enter: (projectId) => {
    if (get().projectId === projectId) return;
    set({
      projectId,
      tabs: [],
      active: null,
      following: null,
      overlay: null,
      reveal: null,
      notices: [],
      editing: null,
      deleting: null,
      draftFolders: [],
    });
  },
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
  follow: (following) => set({ following }),
  setOverlay: (overlay) => set({ overlay }),
  toggleExplorer: () => set((s) => ({ explorerOpen: !s.explorerOpen })),
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  showSidePanel: (sidePanel) => set({ sidePanel, panelOpen: true }),
  focusAi: () => set((s) => ({ sidePanel: "ai", panelOpen: true, aiFocus: s.aiFocus + 1 })),
  notify: (text, tone = "info") => {
    const id = nextNotice++;
    set((s) => ({ notices: [...s.notices.slice(-3), { id, tone, text }] }));
    setTimeout(() => get().dismiss(id), tone === "error" ? 10_000 : 5_000);
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setEditing: (editing) => set({ editing }),
  setDeleting: (deleting) => set({ deleting }),
  setEditorActions: (runEditorAction) => set({ runEditorAction }),
  addDraftFolder: (path) => set((s) => ({ draftFolders: [...new Set([...s.draftFolders, path])] })),
}));
