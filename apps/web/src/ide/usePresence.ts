import type { Presence } from "@wove/sync";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";

/** One person (one tab) in the project, as the avatars, explorer and follow see them. */
export interface Collaborator {
  clientId: number;
  name: string;
  color: string;
  /** The file they are looking at. */
  fileId: string | null;
  cursor: Presence["cursor"];
  self: boolean;
}

export function readCollaborators(awareness: Awareness): Collaborator[] {
  const people: Collaborator[] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    const state = raw as Partial<Presence>;
    if (!state.user) continue;
    people.push({
      clientId,
      name: state.user.name || "Someone",
      color: state.user.color,
      fileId: typeof state.file === "string" ? state.file : null,
      cursor: state.cursor ?? null,
      self: clientId === awareness.clientID,
    });
  }
  // You first, then by name: a stable order that does not jump as cursors move.
  return people.sort(
    (a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

/** Everyone present, updated as they come, go, or change file. Cursor moves alone do not re-render. */
export function usePresence(awareness: Awareness): Collaborator[] {
  const cache = useRef<{ awareness: Awareness; key: string; people: Collaborator[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
    [awareness],
  );
  const getSnapshot = () => {
    const people = readCollaborators(awareness);
    const key = people.map((p) => `${p.clientId}:${p.name}:${p.color}:${p.fileId ?? ""}`).join("|");
    if (cache.current?.awareness !== awareness || cache.current.key !== key) {
      cache.current = { awareness, key, people };
    }
    return cache.current.people;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
