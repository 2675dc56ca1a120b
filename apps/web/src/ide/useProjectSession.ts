import { use, useEffect, useState } from "react";
import { BootContext } from "../boot/BootContext.ts";
import { openProjectSession, type ProjectSession, type SessionUser } from "./openProjectSession.ts";

export type ProjectSessionState =
  { status: "opening" } | { status: "ready"; session: ProjectSession } | { status: "error"; message: string };

/**
 * Opens the project's session for as long as the component is mounted (and the id stays),
 * over the document boot opened for it when there is one (BootContext).
 */
export function useProjectSession(projectId: string, user: SessionUser): ProjectSessionState {
  const boot = use(BootContext);
  const [opened, setOpened] = useState<{ projectId: string; state: ProjectSessionState } | null>(null);
  // The session opens once per project; a name change is told to the room by the caller.
  const userId = user.id;
  const [firstName] = useState(user.name);

  useEffect(() => {
    let session: ProjectSession | undefined;
    let cancelled = false;
    openProjectSession(projectId, { id: userId, name: firstName }, boot).then(
      (opened) => {
        if (cancelled) return opened.close();
        session = opened;
        setOpened({ projectId, state: { status: "ready", session: opened } });
      },
      (err: unknown) => {
        if (cancelled) return;
        const message =
          err instanceof Error && err.name === "VersionError"
            ? "This device holds a newer copy of the project than this version of Wove can read: reload the page."
            : "This browser could not open the project's local storage (IndexedDB). Private browsing modes may block it.";
        setOpened({ projectId, state: { status: "error", message } });
      },
    );
    return () => {
      cancelled = true;
      session?.close();
    };
  }, [projectId, userId, firstName, boot]);

  return opened?.projectId === projectId ? opened.state : { status: "opening" };
}
