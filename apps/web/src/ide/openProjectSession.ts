import { colorFor, keepColorDistinct, setUser } from "@wove/sync";
import type { BootHandle } from "../boot/BootHandle.ts";
import { openProjectDoc, type ProjectDoc } from "./openProjectDoc.ts";

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
 * The project's document (the one boot opened for a deep-linked file, while it is open:
 * see BootHandle), with `user` present in its room. Closing the session gives boot's
 * document back to its lease, which closes it unless it is taken again at once (StrictMode).
 */
export async function openProjectSession(
  projectId: string,
  user: SessionUser,
  boot: BootHandle | null,
): Promise<ProjectSession> {
  // Taken now, before any await: a StrictMode cleanup and rerun find it still held.
  const held = boot?.takeDoc(projectId);
  const opened = held ? { ...held.value, close: held.release } : await openProjectDoc(projectId);
  const { awareness } = opened.client;
  setUser(awareness, {
    name: user.name,
    // The colour this person would like; the room may give them another (assignColors).
    color: colorFor(user.id ? `user:${user.id}` : `client:${awareness.clientID}`),
    ...(user.id ? { id: user.id } : {}),
    joined: Date.now(),
  });
  const stopKeepingColor = keepColorDistinct(awareness);
  return {
    ...opened,
    user,
    close: () => {
      stopKeepingColor();
      opened.close();
    },
  };
}
