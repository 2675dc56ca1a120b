import { joinPending, type PendingProject } from "./joinPending.ts";
import { localDb } from "./localDb.ts";
import { useLiveQuery } from "./useLiveQuery.ts";

const NONE: PendingProject[] = [];

/** `userId`'s projects not yet on the server, kept current as the outbox drains. */
export function usePendingProjects(userId: string): PendingProject[] {
  const state = useLiveQuery(`pending:${userId}`, async () =>
    joinPending(await localDb.projects.toArray(), await localDb.outbox.toArray(), userId),
  );
  return state.status === "ready" ? state.value : NONE;
}
