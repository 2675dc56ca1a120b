import type { AwarenessEntry } from "./awarenessCodec.ts";

/** The caps a relay enforces (RoomLimits holds the room's; tests pass smaller ones). */
export interface PresenceLimits {
  /** One client's state (UTF-8 bytes of its JSON). */
  readonly MAX_AWARENESS_STATE_BYTES: number;
  /** A connection's states together. */
  readonly MAX_AWARENESS_BYTES_PER_CONNECTION: number;
  /** Every state the room holds: what a joiner downloads. */
  readonly MAX_AWARENESS_BYTES: number;
  /** Client ids one connection may own (a page load announces one). */
  readonly MAX_AWARENESS_IDS_PER_CONNECTION: number;
}

export type PresenceResult =
  /** `relay`: the entries accepted, to broadcast re-encoded; `claimed`: the connection owns new ids. */
  | { ok: true; relay: AwarenessEntry[]; claimed: boolean }
  /** The connection tried to hold more presence than a client may: close it. */
  | { ok: false; close: "PresenceTooLarge" };

interface Held {
  clock: number;
  state: string;
  bytes: number;
}

/**
 * Who is present in a room, and who may speak for whom. A client id belongs to the first
 * connection that announces it, until that connection closes: an entry for an id another
 * connection owns is dropped (not stored, not relayed), so a visitor cannot move the
 * owner's cursor or rename them. States are capped per client, per connection and per
 * room, so a joiner's download stays bounded whoever else is connected.
 *
 * Pure: `Owner` is whatever identifies a connection (a WebSocket in the room). Ownership
 * must survive hibernation, so the room keeps each connection's ids, with the latest clock
 * heard for each, in its socket's attachment and hands them back with `claim` when it
 * wakes; states come back as clients renew them. The clock matters: y-protocols drops an
 * entry whose clock is not past the one it holds, so a departure announced by a woken room
 * must still be newer than the last renewal everyone heard.
 */
export class PresenceRelay<Owner> {
  readonly #states = new Map<number, Held>();
  readonly #owners = new Map<number, Owner>();
  readonly #owned = new Map<Owner, number[]>();
  /** The latest clock heard for each owned id, with or without a state (a "null" counts). */
  readonly #clocks = new Map<number, number>();
  #bytes = 0;

  constructor(readonly limits: PresenceLimits) {}

  /** Bytes of every state held (what a joiner downloads, less framing). */
  get bytes(): number {
    return this.#bytes;
  }

  /** The ids `owner` speaks for, in the order it announced them. */
  idsOf(owner: Owner): readonly number[] {
    return this.#owned.get(owner) ?? [];
  }

  /** The latest clock heard for each of `idsOf(owner)`, in the same order. */
  clocksOf(owner: Owner): number[] {
    return this.idsOf(owner).map((id) => this.#clocks.get(id) ?? 0);
  }

  /**
   * Restores ownership after a wake (first claim wins, as at announce time), with the
   * clock last heard for each id (`clocks[i]` for `ids[i]`; 0 when the room kept none).
   */
  claim(owner: Owner, ids: readonly number[], clocks: readonly number[] = []): void {
    for (const [i, id] of ids.entries()) {
      if (this.#owners.has(id)) continue;
      this.#own(owner, id);
      this.#clocks.set(id, clocks[i] ?? 0);
    }
  }

  receive(owner: Owner, entries: readonly AwarenessEntry[]): PresenceResult {
    const limits = this.limits;
    // A state over the cap is never one of the IDE's (a few hundred bytes): refuse the
    // whole message before anything changes.
    const sizes = entries.map((e) => utf8Bytes(e.state, limits.MAX_AWARENESS_STATE_BYTES));
    if (sizes.some((bytes) => bytes > limits.MAX_AWARENESS_STATE_BYTES))
      return { ok: false, close: "PresenceTooLarge" };
    const relay: AwarenessEntry[] = [];
    let claimed = false;
    for (const [i, entry] of entries.entries()) {
      const holder = this.#owners.get(entry.clientId);
      if (holder !== undefined && holder !== owner) continue;
      const ids = this.idsOf(owner);
      if (holder === undefined && ids.length >= limits.MAX_AWARENESS_IDS_PER_CONNECTION) continue;
      const known = this.#states.get(entry.clientId);
      const clock = this.#clocks.get(entry.clientId);
      if (clock !== undefined && clock > entry.clock) continue;
      if (entry.state === "null") {
        this.#drop(entry.clientId);
      } else {
        const bytes = sizes[i] ?? 0;
        const growth = bytes - (known?.bytes ?? 0);
        if (this.#bytesOf(ids) + growth > limits.MAX_AWARENESS_BYTES_PER_CONNECTION) {
          return { ok: false, close: "PresenceTooLarge" };
        }
        // The room's presence is full: this client's is left out, but it did nothing wrong.
        if (this.#bytes + growth > limits.MAX_AWARENESS_BYTES) continue;
        this.#states.set(entry.clientId, { clock: entry.clock, state: entry.state, bytes });
        this.#bytes += growth;
      }
      // A departure for an id nobody holds is passed on, but claims nothing.
      if (holder === undefined && entry.state !== "null") {
        this.#own(owner, entry.clientId);
        claimed = true;
      }
      if (this.#owners.get(entry.clientId) === owner) this.#clocks.set(entry.clientId, entry.clock);
      relay.push(entry);
    }
    return { ok: true, relay, claimed };
  }

  /** `owner` closed: its ids are freed, and these entries tell everyone they left. */
  forget(owner: Owner): AwarenessEntry[] {
    const ids = this.idsOf(owner);
    const gone = ids.map((clientId) => ({ clientId, clock: (this.#clocks.get(clientId) ?? 0) + 1, state: "null" }));
    for (const id of ids) {
      this.#drop(id);
      this.#owners.delete(id);
      this.#clocks.delete(id);
    }
    this.#owned.delete(owner);
    return gone;
  }

  /** Every state held, for a joiner or a query. */
  snapshot(): AwarenessEntry[] {
    return [...this.#states].map(([clientId, { clock, state }]) => ({ clientId, clock, state }));
  }

  #own(owner: Owner, id: number): void {
    this.#owners.set(id, owner);
    this.#owned.set(owner, [...this.idsOf(owner), id]);
  }

  #drop(id: number): void {
    const held = this.#states.get(id);
    if (!held) return;
    this.#bytes -= held.bytes;
    this.#states.delete(id);
  }

  #bytesOf(ids: readonly number[]): number {
    let total = 0;
    for (const id of ids) total += this.#states.get(id)?.bytes ?? 0;
    return total;
  }
}

/** UTF-8 length of `text`, counted up to just past `limit` (a 1 MiB state stops early). */
export function utf8Bytes(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      // A surrogate pair: one four-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
