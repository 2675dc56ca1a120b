import { liveQuery } from "dexie";
import { useEffect, useEffectEvent } from "react";
import type { Project } from "../api/Project.ts";
import { cacheProject, getCachedProject } from "../local/cacheProject.ts";
import { loadProject } from "../local/loadProject.ts";
import { useOutboxDrain } from "../local/useOutboxDrain.ts";
import { useResource, type ResourceState } from "../ui/useResource.ts";
import { fetchProject } from "./fetchProject.ts";

/**
 * `GET /api/projects/:id`, reloaded when the id changes, local first (see loadProject):
 * `state` holds the project as before; `fromCache` says it came from this device (the
 * server could not be reached), `pending` that the server does not have it yet. While a
 * pending project is open its create is sent when the network allows, and the project is
 * asked from the server again once it has been.
 */
export function useProject(projectId: string) {
  const resource = useResource(`project:${projectId}`, (signal) => loadProject(projectId, signal, fetchProject));
  const loaded = resource.state.status === "ready" ? resource.state.data : null;
  const state: ResourceState<Project> =
    resource.state.status === "ready" ? { status: "ready", data: resource.state.data.project } : resource.state;
  const pendingOwner = loaded?.pending ? loaded.project.owner.id : null;

  useOutboxDrain(pendingOwner);
  const onSent = useEffectEvent(() => resource.reload());
  useEffect(() => {
    if (!pendingOwner) return;
    const subscription = liveQuery(() => getCachedProject(projectId)).subscribe({
      // Sent (no longer pending) or discarded (gone): the server's answer is the truth now.
      next: (row) => {
        if (!row?.pending) onSent();
      },
      error: (err: unknown) => console.error("Could not watch the project on this device", err),
    });
    return () => subscription.unsubscribe();
  }, [projectId, pendingOwner]);

  return {
    state,
    reload: resource.reload,
    /** Replaces the project after a mutation answered with the new version (and saves it). */
    set: (project: Project) => {
      resource.set({ project, fromCache: false, pending: false });
      void cacheProject(project).catch((err: unknown) => console.warn("Could not save the project offline", err));
    },
    fromCache: loaded?.fromCache ?? false,
    pending: loaded?.pending ?? false,
  };
}
