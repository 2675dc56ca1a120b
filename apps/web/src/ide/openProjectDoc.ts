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

/** A document opened before the IDE rendered (openEarlyProjectDoc), for the IDE to take. */
let early: { projectId: string; opened: Promise<ProjectDoc> } | undefined;
/** Projects whose session has opened (or taken) its document: none is opened early after that. */
const sessionOpened = new Set<string>();

/**
 * Opens the project's document ahead of the IDE, for the editor shown before it (see
 * openEarlyEditor); the IDE's session takes it (claimEarlyProjectDoc) instead of opening
 * a second copy. Called only once the project answered (the person may open it), so the
 * IDE, which acts on that same answer, always comes to take it.
 */
export function openEarlyProjectDoc(projectId: string): Promise<ProjectDoc> {
  if (early?.projectId === projectId) return early.opened;
  // The IDE got there first with a document of its own: a second copy would serve nobody.
  if (sessionOpened.has(projectId)) return Promise.reject(new Error("the IDE has opened this project already"));
  const opening = openProjectDoc(projectId);
  early = { projectId, opened: opening };
  // A failure is the IDE's to report: it opens the document again and says why.
  opening.catch(() => {
    if (early?.opened === opening) early = undefined;
  });
  return opening;
}

/** The early document of this project, once: later sessions open their own. */
export function claimEarlyProjectDoc(projectId: string): Promise<ProjectDoc> | undefined {
  sessionOpened.add(projectId);
  if (early?.projectId !== projectId) return undefined;
  const { opened } = early;
  early = undefined;
  return opened.catch(() => openProjectDoc(projectId));
}
