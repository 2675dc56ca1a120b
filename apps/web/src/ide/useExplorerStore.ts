import { create } from "zustand";

/** An inline name being typed in the explorer. */
export type ExplorerEdit =
  { mode: "new-file" | "new-folder"; folder: string } | { mode: "rename"; path: string; fileId: string | null };

/** What a delete confirmation is about: one file, or a folder and all below it. */
export interface DeleteTarget {
  path: string;
  fileId: string | null;
}

interface ExplorerState {
  editing: ExplorerEdit | null;
  deleting: DeleteTarget | null;
  /** Folders made in this tab that hold no file yet (a folder exists once a file is in it). */
  draftFolders: string[];
  setEditing: (editing: ExplorerEdit | null) => void;
  setDeleting: (deleting: DeleteTarget | null) => void;
  addDraftFolder: (path: string) => void;
  /** Nothing in progress: another project is open. */
  reset: () => void;
}

/** What the person is doing to the file tree: naming an entry, confirming a delete, empty new folders. */
export const useExplorerStore = create<ExplorerState>()((set) => ({
  editing: null,
  deleting: null,
  draftFolders: [],
  setEditing: (editing) => set({ editing }),
  setDeleting: (deleting) => set({ deleting }),
  addDraftFolder: (path) => set((s) => ({ draftFolders: [...new Set([...s.draftFolders, path])] })),
  reset: () => set({ editing: null, deleting: null, draftFolders: [] }),
}));
