import { assignColors, type AgentPresence, type Presence } from "@wove/sync";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";

/** One person (one tab) in the project, or an AI working for one, as the avatars, explorer and follow see them. */
export interface Collaborator {
  /** Unique in the list: the awareness client id, with `:ai` for the AI of that client. */
  key: string;
  /** The awareness client id (for an AI, the one of the person it works for). */
  clientId: number;
  name: string;
  color: string;
  /** The file they are looking at. */
  fileId: string | null;
  cursor: Presence["cursor"];
  self: boolean;
  /** For an AI: whom it works for and what it is doing. Never followed. */
  agent: { for: string; activity: AgentPresence["activity"] } | null;
}

/** The AI's colour, the same for everyone (people's colours come from `assignColors`). */
export const AGENT_COLOR = "#475569";

export function readCollaborators(awareness: Awareness): Collaborator[] {
  const people: Collaborator[] = [];
  const states = awareness.getStates() as Map<number, Partial<Presence>>;
  // Not the colour each one claims: two could claim the same until the later one moves.
  const colors = assignColors(states);
  for (const [clientId, raw] of states) {
    const state = raw as Partial<Presence>;
    if (!state.user) continue;
    const name = state.user.name || "Someone";
    people.push({
      key: String(clientId),
      clientId,
      name,
      color: colors.get(clientId) ?? state.user.color,
      fileId: typeof state.file === "string" ? state.file : null,
      cursor: state.cursor ?? null,
      self: clientId === awareness.clientID,
      agent: null,
    });
    const { agent } = state;
    if (agent) {
      people.push({
        key: `${clientId}:ai`,
        clientId,
        name: agent.name || "AI",
        color: AGENT_COLOR,
        fileId: typeof agent.file === "string" ? agent.file : null,
        cursor: null,
        // Your own AI is shown like a collaborator (in the explorer too): it is not you.
        self: false,
        agent: { for: name, activity: agent.activity },
      });
    }
  }
  // You first, then people by name, each AI after the person it works for: a stable
  // order that does not jump as cursors move.
  const order = (p: Collaborator) => (p.agent ? p.agent.for : p.name);
  return people.sort(
    (a, b) =>
      Number(b.self) - Number(a.self) ||
      order(a).localeCompare(order(b)) ||
      a.clientId - b.clientId ||
      Number(a.agent !== null) - Number(b.agent !== null),
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
    const key = people
      .map((p) => `${p.key}:${p.name}:${p.color}:${p.fileId ?? ""}:${p.agent?.activity ?? ""}`)
      .join("|");
    if (cache.current?.awareness !== awareness || cache.current.key !== key) {
      cache.current = { awareness, key, people };
    }
    return cache.current.people;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
