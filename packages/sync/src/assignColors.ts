import type { Awareness } from "y-protocols/awareness";
import type { Presence } from "./presence.ts";

/**
 * People's colours in a room: different for everyone present (while the palette lasts),
 * the same on every client, and stable for a person while they stay.
 *
 * - Every client computes the same answer from the same awareness states: a pure function
 *   of who is here, with no clock or order of arrival of its own.
 * - Each person claims a colour (`user.color`). Claims are honoured in order of arrival
 *   (`user.joined`, then the awareness client id, so a tie is still decided the same way
 *   everywhere); a claim already taken, or not in the palette, gets the first free colour
 *   from the person's own place in the palette (`colorFor`).
 * - A person whose answer differs from their claim claims the answer (`keepColorDistinct`),
 *   so a colour given out stays put when someone earlier leaves.
 * - One person in two tabs is one person: the same colour, from their earliest tab.
 *
 * Only a room with more people than colours has two people in one colour.
 */
export const PALETTE = [
  "#e11d48",
  "#2563eb",
  "#16a34a",
  "#d97706",
  "#7c3aed",
  "#0891b2",
  "#db2777",
  "#65a30d",
  "#ea580c",
  "#4f46e5",
  "#0d9488",
  "#c026d3",
] as const;

const FALLBACK = PALETTE[0];

function hashOf(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

/** A person's own colour, where their search for a free one starts: the same for them everywhere. */
export function colorFor(personKey: string): string {
  return PALETTE[hashOf(personKey) % PALETTE.length] ?? FALLBACK;
}

/** Who a client is, for colours: their user id when they published one, else the client itself. */
export function personKeyOf(clientId: number, state: Partial<Presence>): string {
  const id = state.user?.id;
  return typeof id === "string" && id ? `user:${id}` : `client:${clientId}`;
}

interface Person {
  key: string;
  claim: unknown;
  joined: number;
  clientId: number;
}

/** Each client's colour (by awareness client id) for the people in `states`. */
export function assignColors(states: ReadonlyMap<number, Partial<Presence>>): Map<number, string> {
  const people = new Map<string, Person>();
  const personOf = new Map<number, string>();
  for (const [clientId, state] of states) {
    if (!state.user) continue;
    const key = personKeyOf(clientId, state);
    personOf.set(clientId, key);
    const joined = typeof state.user.joined === "number" ? state.user.joined : Number.MAX_SAFE_INTEGER;
    const seen = people.get(key);
    if (!seen || joined < seen.joined || (joined === seen.joined && clientId < seen.clientId)) {
      people.set(key, { key, claim: state.user.color, joined, clientId });
    }
  }
  const arrival = [...people.values()].sort((a, b) => a.joined - b.joined || a.clientId - b.clientId);
  const taken = new Set<string>();
  const colorOf = new Map<string, string>();
  for (const person of arrival) {
    const color = pick(person, taken);
    taken.add(color);
    colorOf.set(person.key, color);
  }
  const colors = new Map<number, string>();
  for (const [clientId, key] of personOf) colors.set(clientId, colorOf.get(key) ?? FALLBACK);
  return colors;
}

function pick(person: Person, taken: ReadonlySet<string>): string {
  const claim = typeof person.claim === "string" ? person.claim.toLowerCase() : "";
  if ((PALETTE as readonly string[]).includes(claim) && !taken.has(claim)) return claim;
  const start = hashOf(person.key);
  for (let i = 0; i < PALETTE.length; i++) {
    const color = PALETTE[(start + i) % PALETTE.length] ?? FALLBACK;
    if (!taken.has(color)) return color;
  }
  // More people than colours: some share, each still in their own colour.
  return colorFor(person.key);
}

/**
 * Keeps this client's claimed colour equal to the one the room gives it, as people come
 * and go. Listens until the awareness is destroyed; answers a function that stops it sooner.
 */
export function keepColorDistinct(awareness: Awareness): () => void {
  const check = () => {
    const own = awareness.getLocalState() as Partial<Presence> | null;
    if (!own?.user) return;
    const assigned = assignColors(awareness.getStates() as Map<number, Partial<Presence>>).get(awareness.clientID);
    if (assigned && assigned !== own.user.color) awareness.setLocalStateField("user", { ...own.user, color: assigned });
  };
  awareness.on("change", check);
  check();
  return () => awareness.off("change", check);
}
