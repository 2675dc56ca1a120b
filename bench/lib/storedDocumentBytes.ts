import type { Page } from "playwright-core";
import { sleep } from "./openClient.ts";

/**
 * Bytes of Yjs updates y-indexeddb holds in the page origin's IndexedDB database `name`
 * (its `updates` store), read with the raw IndexedDB API; 0 if there is no such database.
 * The database is never created here: y-indexeddb must create it, with its stores.
 */
export function storedDocumentBytes(page: Page, name: string): Promise<number> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
    });
    try {
      if (!db.objectStoreNames.contains("updates")) return 0;
      const updates = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction("updates", "readonly").objectStore("updates").getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot read ${name}`));
      });
      return updates.reduce<number>((sum, update) => sum + (update instanceof Uint8Array ? update.byteLength : 0), 0);
    } finally {
      db.close();
    }
  }, name);
}

/** Waits until the database holds at least `bytes` of updates (y-indexeddb writes in the background). */
export async function waitForStoredDocument(page: Page, name: string, bytes: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stored = await storedDocumentBytes(page, name);
    if (stored >= bytes) return stored;
    if (Date.now() > deadline)
      throw new Error(`IndexedDB ${name} holds ${stored} bytes after ${timeoutMs} ms, not ${bytes}`);
    await sleep(200);
  }
}
