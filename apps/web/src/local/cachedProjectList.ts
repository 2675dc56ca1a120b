import type { Project, ProjectList } from "../api/Project.ts";
import type { ProjectFilter } from "../api/projectsApi.ts";
import { cacheProjects } from "./cacheProject.ts";
import { localDb } from "./localDb.ts";
import { selectCachedProjects, staleProjectIds } from "./selectCachedProjects.ts";

/** A dashboard list as this device saved it, in one page (there is no server to page through). */
export async function listCachedProjects(userId: string, filter: ProjectFilter): Promise<ProjectList> {
  const rows = await localDb.projects.toArray();
  return { projects: selectCachedProjects(rows, userId, filter), nextCursor: null };
}

/**
 * Saves a page of a list the server answered. When the page is the whole list
 * (`complete`: the first page with no next cursor), cached projects missing from it are
 * dropped too; with more pages to come, nothing can be concluded from absence.
 */
export async function storeProjectList(
  userId: string,
  filter: ProjectFilter,
  projects: readonly Project[],
  complete: boolean,
): Promise<void> {
  await localDb.transaction("rw", localDb.projects, async () => {
    if (complete) {
      const stale = staleProjectIds(await localDb.projects.toArray(), projects, userId, filter);
      await localDb.projects.bulkDelete(stale);
    }
    await cacheProjects(projects);
  });
}
