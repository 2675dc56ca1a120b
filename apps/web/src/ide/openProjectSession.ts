import { colorFor, persistDoc, RoomClient, setUser } from "@wove/sync";
import * as Y from "yjs";
import { fetchRoomToken } from "./fetchRoomToken.ts";

/** A project open in this tab: its document, kept in IndexedDB and synced with its room. */
export interface ProjectSession {
  projectId: string;
  /** Who is editing (the AI thread names them as the asker). */
  user: SessionUser;
  doc: Y.Doc;
  client: RoomClient;
  /** Resolves once every change so far is committed to IndexedDB. */
  flush: () => Promise<void>;
  close: () => void;
}

export interface SessionUser {
  /** null for a visitor who is not signed in. */
  id: string | null;
  name: string;
}

/**
 * Loads the project's document from IndexedDB first (so it opens offline, with edits made
 * offline before a reload), then connects to the room, which merges both ways.
 */
export async function openProjectSession(projectId: string, user: SessionUser): Promise<ProjectSession> {
  const doc = new Y.Doc({ guid: projectId });
  const persistence = await persistDoc(doc, projectId);
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const client = new RoomClient({
    url: `${scheme}://${location.host}/api/projects/${encodeURIComponent(projectId)}/sync`,
    doc,
    getToken: () => fetchRoomToken(projectId),
  });
  setUser(client.awareness, { name: user.name, color: colorFor(user.id ?? `visitor-${doc.clientID}`) });
  return {
    projectId,
    user,
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
