import type { Awareness } from "y-protocols/awareness";

/** What Wove's clients share about themselves (y-protocols awareness fields). */
export interface Presence {
  /**
   * `color` is the colour this person claims, `id` who they are (one person in two tabs is
   * one person), `joined` when they came (ms since the epoch): see `assignColors`, which
   * gives everyone a colour of their own from these.
   */
  user: { name: string; color: string; id?: string; joined?: number };
  /** The id of the file being viewed (stable across renames), or null. */
  file: string | null;
  /** Cursor and selection in that file, as Yjs relative positions (JSON). */
  cursor: { anchor: unknown; head: unknown } | null;
  /**
   * An AI working for this person, shown to everyone as a collaborator of its own while it
   * answers or edits. It rides on the asker's presence rather than a second awareness
   * client: it comes and goes with them, needs no extra connection, and is never left
   * behind when their tab closes.
   */
  agent?: AgentPresence | null;
  /**
   * Set only on the entry the room itself publishes for a builder agent run while it works
   * (one awareness client per run, `user.id` = `agent:<runId>`, `user.name` "AI agent"): the
   * run, the name of the person who started it, and what it is doing. `file` and `cursor`
   * are the agent's like a person's: the file it is in and where it writes. Clients show
   * such an entry as the agent, never as a person, and do not count it among the people.
   */
  agentRun?: AgentRunPresence;
}

/** What a working builder agent run shows the room (`Presence.agentRun`). */
export interface AgentRunPresence {
  runId: string;
  /** The name of the person who started the run. */
  for: string;
  activity: "writing" | "editing" | "reading" | "building";
}

export interface AgentPresence {
  name: string;
  activity: "answering" | "editing";
  /** The file it is editing (its id), or null. */
  file: string | null;
}

export function setUser(awareness: Awareness, user: Presence["user"]): void {
  awareness.setLocalStateField("user", user);
}

export function setCurrentFile(awareness: Awareness, fileId: string | null): void {
  awareness.setLocalStateField("file", fileId);
  awareness.setLocalStateField("cursor", null);
}

export function setCursor(awareness: Awareness, cursor: Presence["cursor"]): void {
  awareness.setLocalStateField("cursor", cursor);
}

/** Shows (or, with null, hides) an AI working for this person. */
export function setAgent(awareness: Awareness, agent: AgentPresence | null): void {
  awareness.setLocalStateField("agent", agent);
}

/** Everyone else in the room, by awareness client id. */
export function othersOf(awareness: Awareness): Map<number, Partial<Presence>> {
  const others = new Map<number, Partial<Presence>>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId !== awareness.clientID) others.set(clientId, state as Partial<Presence>);
  }
  return others;
}
