import { IndexeddbPersistence } from "y-indexeddb";
import type * as Y from "yjs";

export interface DocPersistence {
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
    destroy: () => persistence.destroy(),
    clear: () => persistence.clearData(),
  };
}
