import { localDb } from "./localDb.ts";

/**
 * Makes an entry the server refused sendable again (the person's Retry): the outbox
 * watcher sends it at once.
 */
export async function retryOutboxEntry(entryId: number): Promise<void> {
  await localDb.outbox.update(entryId, { lastError: null, attempts: 0, nextAttemptAt: 0 });
}
