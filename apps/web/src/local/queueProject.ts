import { localDb, type CachedProject, type CreateProjectBody } from "./localDb.ts";
import { toPendingProject } from "./toPendingProject.ts";

/**
 * Saves a project made without the server: the pending project (so it opens and lists at
 * once) and its create in the outbox, in one transaction so neither exists without the other.
 */
export async function queueProject(
  body: CreateProjectBody,
  owner: { id: string; name: string },
  now = Date.now(),
): Promise<CachedProject> {
  const project = toPendingProject(body, owner, now);
  await localDb.transaction("rw", localDb.projects, localDb.outbox, async () => {
    await localDb.projects.put(project);
    await localDb.outbox.add({
      kind: "createProject",
      body,
      userId: owner.id,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
    });
  });
  return project;
}
