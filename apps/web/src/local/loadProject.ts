import type { Project } from "../api/Project.ts";
import { projectsApi } from "../api/projectsApi.ts";
import { cacheProject, forgetCachedProject, getCachedProject } from "./cacheProject.ts";
import { isUnreachable, statusOf } from "./isUnreachable.ts";

export interface LoadedProject {
  project: Project;
  /** Answered from this device because the server could not be reached (or does not know it yet). */
  fromCache: boolean;
  /** Created on this device and not yet on the server. */
  pending: boolean;
}

/**
 * A project, local first: the server's answer (saved for next time) when it gives one; this
 * device's copy when the server cannot be reached. A project created here and not yet sent
 * is answered from here whatever the server says, since the server not knowing it is
 * expected. A 404 or 403 means the person may no longer see it: the copy is dropped.
 */
export async function loadProject(
  id: string,
  signal?: AbortSignal,
  get: (id: string, signal?: AbortSignal) => Promise<Project> = projectsApi.get,
): Promise<LoadedProject> {
  let project: Project;
  try {
    project = await get(id, signal);
  } catch (err) {
    if (signal?.aborted) throw err;
    const cached = await getCachedProject(id);
    if (cached?.pending) return { project: cached, fromCache: true, pending: true };
    if (cached && isUnreachable(err)) return { project: cached, fromCache: true, pending: false };
    const status = statusOf(err);
    if (status === 404 || status === 403) await forgetCachedProject(id);
    throw err;
  }
  await cacheProject(project).catch((err: unknown) => console.warn("Could not save the project offline", err));
  return { project, fromCache: false, pending: false };
}
