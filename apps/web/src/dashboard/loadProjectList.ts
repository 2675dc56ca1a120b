import type { ProjectList } from "../api/Project.ts";
import { projectsApi, type ProjectFilter } from "../api/projectsApi.ts";
import { listCachedProjects, storeProjectList } from "../local/cachedProjectList.ts";
import { isUnreachable } from "../local/isUnreachable.ts";

export type LoadedList = ProjectList & {
  /** The server could not be reached: these are the projects saved on this device. */
  fromCache: boolean;
};

/**
 * The first page of a dashboard list from the server, saved on this device as it arrives;
 * when the server cannot be reached, the list as this device saved it.
 */
export async function loadProjectList(
  userId: string,
  filter: ProjectFilter,
  signal?: AbortSignal,
  list: typeof projectsApi.list = projectsApi.list,
): Promise<LoadedList> {
  let page: ProjectList;
  try {
    page = await list(filter, null, signal);
  } catch (err) {
    if (signal?.aborted || !isUnreachable(err)) throw err;
    return { ...(await listCachedProjects(userId, filter)), fromCache: true };
  }
  await storeProjectList(userId, filter, page.projects, page.nextCursor === null).catch((err: unknown) =>
    console.warn("Could not save the project list offline", err),
  );
  return { ...page, fromCache: false };
}
