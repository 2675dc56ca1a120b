import { useEffect, useRef } from "react";
import type * as Y from "yjs";
import { cursorLocation } from "./cursorLocation.ts";
import { useNotices } from "../state/useNotices.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { useTabsStore } from "./useTabsStore.ts";
import { followedBy, type Collaborator } from "./usePresence.ts";

/** While following someone, opens the file they open and jumps to their cursor. Stops when they leave. */
export function useFollow(doc: Y.Doc, people: Collaborator[]): void {
  const following = useFollowStore((s) => s.following);
  // A followed agent run is followed like a person: its file opens as it moves to it.
  const followed = followedBy(people, following);
  const followFile = followed?.fileId ?? null;
  const present = people.some((p) => p.clientId === following);
  // Who it was, for the notice once they are gone: an agent run leaves when it stops working.
  const wasAgent = useRef(false);
  const followedAgent = followed ? followed.agent !== null : null;
  useEffect(() => {
    if (followedAgent !== null) wasAgent.current = followedAgent;
  }, [followedAgent]);

  useEffect(() => {
    if (following === null) return;
    if (!present) {
      useFollowStore.getState().follow(null);
      useNotices
        .getState()
        .notify(
          wasAgent.current ? "The AI agent you followed has stopped working." : "The person you followed has left.",
        );
      return;
    }
    if (!followFile) return;
    const person = followedBy(people, following);
    const at = person?.cursor ? cursorLocation(doc, followFile, person.cursor.head) : null;
    useTabsStore.getState().open(followFile, at ?? undefined);
    // Only a change of file (or of whom) moves us; their typing does not yank the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, following, followFile, present]);
}
