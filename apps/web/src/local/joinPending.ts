import type { CachedProject, OutboxEntry, OutboxError } from "./localDb.ts";

export interface PendingProject {
  project: CachedProject;
  /** The queued create, when there is one to retry. */
  entryId: number | null;
  /** Set when the server refused the create for good: shown with Retry and Discard. */
  refusal: OutboxError | null;
}

/**
 * `userId`'s projects created on this device and not yet on the server, newest first,
 * each with its queued create and the server's refusal, if any.
 */
export function joinPending(
  rows: readonly CachedProject[],
  entries: readonly OutboxEntry[],
  userId: string,
): PendingProject[] {
  const byProject = new Map(
    entries.filter((entry) => entry.kind === "createProject").map((entry) => [entry.body.id, entry]),
  );
  return rows
    .filter((row) => row.pending && row.owner.id === userId)
    .sort((a, b) => b.cachedAt - a.cachedAt)
    .map((project) => {
      const entry = byProject.get(project.id);
      const refusal = entry?.lastError && !entry.lastError.retryable ? entry.lastError : null;
      return { project, entryId: entry?.id ?? null, refusal };
    });
}
