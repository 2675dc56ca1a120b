import { useEffect } from "react";
import type * as Y from "yjs";
import { cursorLocation } from "./cursorLocation.ts";
import { useNotices } from "../state/useNotices.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { useTabsStore } from "./useTabsStore.ts";
import type { Collaborator } from "./usePresence.ts";

/** While following someone, opens the file they open and jumps to their cursor. Stops when they leave. */
export function useFollow(doc: Y.Doc, people: Collaborator[]): void {
  const following = useFollowStore((s) => s.following);
  const followFile = people.find((p) => p.clientId === following && !p.agent)?.fileId ?? null;
  const present = people.some((p) => p.clientId === following);

  useEffect(() => {
    if (following === null) return;
    if (!present) {
      useFollowStore.getState().follow(null);
      useNotices.getState().notify("The person you followed has left.");
      return;
    }
    if (!followFile) return;
    const person = people.find((p) => p.clientId === following && !p.agent);
    const at = person?.cursor ? cursorLocation(doc, followFile, person.cursor.head) : null;
    useTabsStore.getState().open(followFile, at ?? undefined);
    // Only a change of file (or of whom) moves us; their typing does not yank the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, following, followFile, present]);
}
