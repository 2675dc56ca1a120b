import { persistDoc, RoomClient } from "@wove/sync";
import * as Y from "yjs";
import { fetchRoomToken } from "./fetchRoomToken.ts";

/** A project's document, kept in IndexedDB and synced with its room; nobody's presence yet. */
export interface ProjectDoc {
  projectId: string;
  doc: Y.Doc;
  client: RoomClient;
  /** Resolves once every change so far is committed to IndexedDB. */
  flush: () => Promise<void>;
  close: () => void;
}

/**
 * Loads the project's document from IndexedDB first (so it opens offline, with edits made
 * offline before a reload), then connects to the room, which merges both ways.
 */
export async function openProjectDoc(projectId: string): Promise<ProjectDoc> {
  const doc = new Y.Doc({ guid: projectId });
  const persistence = await persistDoc(doc, projectId);
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const client = new RoomClient({
    url: `${scheme}://${location.host}/api/projects/${encodeURIComponent(projectId)}/sync`,
    doc,
    getToken: () => fetchRoomToken(projectId),
  });
  return {
    projectId,
    doc,
    client,
    flush: persistence.flush,
    close: () => {
      client.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}
