import { localDb } from "./localDb.ts";

/**
 * Throws away a project that exists only on this device (the person's Discard): its queued
 * create, its cached row and its document. A project the server already has is never
 * touched here; deleting one of those is `DELETE /api/projects/:id`.
 */
export async function discardPendingProject(projectId: string): Promise<void> {
  const discarded = await localDb.transaction("rw", localDb.projects, localDb.outbox, async () => {
    const row = await localDb.projects.get(projectId);
    if (!row?.pending) return false;
    await localDb.outbox.filter((entry) => entry.body.id === projectId).delete();
    await localDb.projects.delete(projectId);
    return true;
  });
  if (discarded) await deleteDocument(projectId);
}

/**
 * Deletes the project's Y.Doc from IndexedDB. The name is the one `persistDoc` (@wove/sync)
 * gives it. A tab with the document open keeps its copy until it closes ("blocked"); this
 * does not wait for that.
 */
function deleteDocument(projectId: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(`wove:${projectId}`);
    request.onsuccess = () => resolve();
    request.onerror = () => {
      // The project is already gone from every list; an orphaned document only takes space.
      console.warn(`Could not delete the document of project ${projectId}`, request.error);
      resolve();
    };
    request.onblocked = () => resolve();
  });
}
