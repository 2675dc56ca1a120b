import type { ProjectFilter } from "../api/projectsApi.ts";
import type { CachedProject } from "./localDb.ts";

/** Whether a project belongs in a dashboard list: `owned` by the person, or `shared` with them. */
export function inList(project: CachedProject, userId: string, filter: ProjectFilter): boolean {
  return filter === "owned" ? project.owner.id === userId : project.owner.id !== userId;
}

/**
 * A dashboard list from what this device saved, in the server's order (most recently
 * updated first, then by id). Pending projects are left out: the dashboard shows them on
 * their own, online or not.
 */
export function selectCachedProjects(
  rows: readonly CachedProject[],
  userId: string,
  filter: ProjectFilter,
): CachedProject[] {
  return rows
    .filter((row) => !row.pending && inList(row, userId, filter))
    .sort((a, b) => compareDesc(a.updatedAt, b.updatedAt) || compareDesc(a.id, b.id));
}

/**
 * The cached projects of a list that a complete answer from the server no longer holds
 * (deleted, or no longer shared): they are dropped so an offline dashboard does not show them.
 */
export function staleProjectIds(
  rows: readonly CachedProject[],
  fresh: readonly { id: string }[],
  userId: string,
  filter: ProjectFilter,
): string[] {
  const keep = new Set(fresh.map((project) => project.id));
  return rows.filter((row) => !row.pending && inList(row, userId, filter) && !keep.has(row.id)).map((row) => row.id);
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
