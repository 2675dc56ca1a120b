import { IndexeddbPersistence } from "y-indexeddb";
import type * as Y from "yjs";

export interface DocPersistence {
  /**
   * Resolves once every change made so far is committed to IndexedDB: y-indexeddb writes
   * each update in a transaction opened when the update happens, and IndexedDB completes
   * read-write transactions on one store in order, so a later one completing means the
   * earlier ones have.
   */
  flush(): Promise<void>;
  /** Stops writing to IndexedDB (the stored document stays). */
  destroy(): Promise<void>;
  /** Deletes the stored document (signing out, leaving a project). */
  clear(): Promise<void>;
}

/**
 * Keeps `doc` in the browser's IndexedDB under `name` (use the project id): a project
 * opened once opens again with no network, and edits made offline survive reloads until
 * the room has them. Resolves once the stored state has been loaded into `doc`.
 */
export async function persistDoc(doc: Y.Doc, name: string): Promise<DocPersistence> {
  const persistence = new IndexeddbPersistence(`wove:${name}`, doc);
  await persistence.whenSynced;
  return {
    flush: () =>
      new Promise<void>((resolve, reject) => {
        const tx = persistence.db?.transaction(["updates"], "readwrite");
        if (!tx) return resolve();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error("IndexedDB write failed"));
        tx.onabort = () => reject(tx.error ?? new Error("IndexedDB write aborted"));
      }),
    destroy: () => persistence.destroy(),
    clear: () => persistence.clearData(),
  };
}
