import type { Project } from "../api/Project.ts";
import { localDb, type CachedProject } from "./localDb.ts";

/**
 * Stores the server's answer for a project, so it opens with no network. The server
 * knows it, so it is no longer pending even if this device created it offline.
 */
export async function cacheProject(project: Project, now = Date.now()): Promise<void> {
  await localDb.projects.put(toCached(project, now));
}

/** Stores a page of the server's answers at once. */
export async function cacheProjects(projects: readonly Project[], now = Date.now()): Promise<void> {
  await localDb.projects.bulkPut(projects.map((project) => toCached(project, now)));
}

/** The project as this device last saw it (pending when created here offline), or undefined. */
export async function getCachedProject(id: string): Promise<CachedProject | undefined> {
  return localDb.projects.get(id);
}

/**
 * Drops a project the server no longer shows this person (deleted, or access removed). A
 * project created here and not yet sent stays: the server not knowing it is expected.
 */
export async function forgetCachedProject(id: string): Promise<void> {
  await localDb.transaction("rw", localDb.projects, async () => {
    const row = await localDb.projects.get(id);
    if (row && !row.pending) await localDb.projects.delete(id);
  });
}

function toCached(project: Project, now: number): CachedProject {
  // The answer may carry fields this client does not type (forkedFrom); they are kept.
  return { ...project, cachedAt: now, pending: false };
}
