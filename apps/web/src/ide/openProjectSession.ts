import { colorFor, keepColorDistinct, setUser } from "@wove/sync";
import { claimEarlyProjectDoc, openProjectDoc, type ProjectDoc } from "./openProjectDoc.ts";

/** A project open in this tab: its document, kept in IndexedDB and synced with its room. */
export interface ProjectSession extends ProjectDoc {
  /** Who is editing (the AI thread names them as the asker). */
  user: SessionUser;
}

export interface SessionUser {
  /** null for a visitor who is not signed in. */
  id: string | null;
  name: string;
}

/**
 * The project's document (the one opened before the IDE rendered, if any: see
 * openEarlyProjectDoc), with `user` present in its room.
 */
export async function openProjectSession(projectId: string, user: SessionUser): Promise<ProjectSession> {
  const opened = await (claimEarlyProjectDoc(projectId) ?? openProjectDoc(projectId));
  const { awareness } = opened.client;
  setUser(awareness, {
    name: user.name,
    // The colour this person would like; the room may give them another (assignColors).
    color: colorFor(user.id ? `user:${user.id}` : `client:${awareness.clientID}`),
    ...(user.id ? { id: user.id } : {}),
    joined: Date.now(),
  });
  // Until the awareness is destroyed with the session.
  keepColorDistinct(awareness);
  return { ...opened, user };
}
