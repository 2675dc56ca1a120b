import { assignColors, type AgentPresence, type AgentRunPresence, type Presence } from "@wove/sync";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";

/**
 * One person (one tab) in the project, or an AI working for one (the AI panel's, on that
 * person's presence, or a builder agent run, on the room's own entry), as the avatars,
 * explorer and follow see them.
 */
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
  /**
   * For an AI: whom it works for and what it is doing; `runId` for a builder agent run.
   * The AI panel's AI is never followed (it rides on its person's client); a run can be.
   */
  agent: {
    for: string;
    activity: AgentPresence["activity"] | AgentRunPresence["activity"];
    runId: string | null;
  } | null;
}

/** People only, without any AI: what "who is here" counts. */
export function peopleOnly(people: Collaborator[]): Collaborator[] {
  return people.filter((p) => !p.agent);
}

/** Whether following them makes sense: someone else, or an agent run, which has a client of its own. */
export function isFollowable(person: Collaborator): boolean {
  return !person.self && (person.agent === null || person.agent.runId !== null);
}

/** The one followed by `clientId`: that client's person or agent run, never an AI riding on it. */
export function followedBy(people: Collaborator[], clientId: number | null): Collaborator | null {
  return people.find((p) => p.clientId === clientId && isFollowable(p)) ?? null;
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
    const run = readAgentRun(state);
    if (run) {
      people.push({
        key: String(clientId),
        clientId,
        name: state.user.name || "AI agent",
        color: colors.get(clientId) ?? state.user.color,
        fileId: typeof state.file === "string" ? state.file : null,
        cursor: state.cursor ?? null,
        self: false,
        agent: run,
      });
      continue;
    }
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
        agent: { for: name, activity: agent.activity, runId: null },
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
      Number(a.agent !== null) - Number(b.agent !== null) ||
      a.clientId - b.clientId,
  );
}

const RUN_ACTIVITIES: ReadonlySet<string> = new Set<AgentRunPresence["activity"]>([
  "writing",
  "editing",
  "reading",
  "building",
]);

/**
 * A run's entry as the room published it, or null for anyone else. An `agent:` user id
 * alone is enough: a state the agent published oddly is still not shown as a person.
 */
function readAgentRun(state: Partial<Presence>): Collaborator["agent"] {
  const id = state.user?.id;
  const byId = typeof id === "string" && id.startsWith("agent:") ? id.slice("agent:".length) : null;
  const run: Partial<AgentRunPresence> =
    typeof state.agentRun === "object" && state.agentRun !== null ? state.agentRun : {};
  const runId = typeof run.runId === "string" && run.runId ? run.runId : byId;
  if (!runId) return null;
  const activity = typeof run.activity === "string" && RUN_ACTIVITIES.has(run.activity) ? run.activity : "writing";
  return { for: typeof run.for === "string" && run.for ? run.for : "someone", activity, runId };
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
      .map((p) => `${p.key}:${p.name}:${p.color}:${p.fileId ?? ""}:${p.agent?.activity ?? ""}:${p.agent?.for ?? ""}`)
      .join("|");
    if (cache.current?.awareness !== awareness || cache.current.key !== key) {
      cache.current = { awareness, key, people };
    }
    return cache.current.people;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
