import { useEffect, useRef } from "react";
import { useSetting } from "../local/useSetting.ts";
import type { FilesView } from "./useFiles.ts";
import { useTabsStore } from "./useTabsStore.ts";

declare module "../local/settings.ts" {
  interface Settings {
    /** The tabs open in each project when it was last left, by project id. */
    openFiles: Record<string, { tabs: string[]; active: string | null }>;
  }
}

/** Reopens the files a project had open last time on this device, and remembers them. */
export function useRestoreTabs(projectId: string, files: FilesView): void {
  const [saved, setSaved, ready] = useSetting("openFiles", {});
  const tabs = useTabsStore((s) => s.tabs);
  const active = useTabsStore((s) => s.active);
  const restore = useTabsStore((s) => s.restore);
  const restored = useRef(false);

  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const last = saved[projectId];
    if (!last) return;
    const existing = last.tabs.filter((id) => files.paths.has(id));
    restore(existing, last.active && files.paths.has(last.active) ? last.active : null);
  }, [ready, saved, projectId, files, restore]);

  useEffect(() => {
    if (!restored.current) return;
    const last = saved[projectId];
    if (last && last.active === active && last.tabs.join() === tabs.join()) return;
    setSaved({ ...saved, [projectId]: { tabs, active } });
    // Saving is driven by the tabs alone; `saved` changing is our own write coming back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projectId, tabs, active]);
}
