import { useEffect, useEffectEvent, useRef } from "react";
import type { Project } from "../api/Project.ts";
import { getCachedProject } from "../local/cacheProject.ts";
import type { PendingProject } from "../local/joinPending.ts";
import type { CachedProject } from "../local/localDb.ts";

/**
 * Calls `onSent` with the projects that left `pending` because the server now has them
 * (the outbox stored the server's answer in their place), so a list can show them where
 * the pending card was without asking the server again. Discarded ones are gone, not sent.
 */
export function useSentProjects(pending: readonly PendingProject[], onSent: (projects: Project[]) => void): void {
  const ids = pending.map((item) => item.project.id).join(" ");
  const previous = useRef(ids);
  const report = useEffectEvent(onSent);

  useEffect(() => {
    const now = new Set(ids.split(" "));
    const left = previous.current.split(" ").filter((id) => id && !now.has(id));
    previous.current = ids;
    if (left.length === 0) return;
    Promise.all(left.map((id) => getCachedProject(id)))
      .then((rows) => {
        const sent = rows.filter((row): row is CachedProject => row !== undefined && !row.pending);
        if (sent.length > 0) report(sent);
      })
      .catch((err: unknown) => console.warn("Could not read the projects just sent", err));
  }, [ids]);
}
