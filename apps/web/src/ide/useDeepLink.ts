import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import type { FilesView } from "./useFiles.ts";
import { useNotices } from "../state/useNotices.ts";
import { useTabsStore } from "./useTabsStore.ts";

export const projectPath = (projectId: string, filePath?: string | null): string =>
  `/p/${encodeURIComponent(projectId)}${filePath ? `/${filePath.split("/").map(encodeURIComponent).join("/")}` : ""}`;

/**
 * Keeps `/p/<id>/<file path>` and the open file in step: a link opens its file (once the
 * file exists here, which for a first visit is after the room's content arrives), and
 * opening a file updates the address so it can be shared.
 */
export function useDeepLink(projectId: string, linkedPath: string, files: FilesView, synced: boolean): void {
  const navigate = useNavigate();
  const active = useTabsStore((s) => s.active);
  const opened = useRef<string | null>(null);
  const missingTold = useRef<string | null>(null);

  useEffect(() => {
    if (!linkedPath || opened.current === linkedPath) return;
    const id = files.ids.get(linkedPath);
    if (id) {
      opened.current = linkedPath;
      useTabsStore.getState().open(id);
    } else if (synced && missingTold.current !== linkedPath) {
      missingTold.current = linkedPath;
      useNotices.getState().notify(`There is no file at ${linkedPath} in this project.`, { tone: "error" });
    }
  }, [linkedPath, files, synced]);

  const activePath = active ? (files.paths.get(active) ?? null) : null;
  useEffect(() => {
    // Until the linked file has opened, the address is the link's to keep.
    if (linkedPath && opened.current !== linkedPath && !missingTold.current) return;
    // Runs when the open file (activePath) changes, but reads the store's latest: the
    // effect above may have just opened the link, and this render's "nothing open" would
    // send the address to /p/<id> and back, each a navigation that re-renders the IDE.
    const latest = useTabsStore.getState().active;
    const path = latest ? (files.paths.get(latest) ?? null) : null;
    if ((path ?? "") === linkedPath) return;
    opened.current = path;
    void navigate(projectPath(projectId, path), { replace: true });
  }, [activePath, files, linkedPath, projectId, navigate]);
}
