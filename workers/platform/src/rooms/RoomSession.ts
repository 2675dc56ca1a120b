import {
  changedFileIds,
  checkServerOwned,
  checkUpdatePaths,
  PresenceRelay,
  readAwarenessEntries,
  readRoomMessage,
  RoomLimits,
  SyncType,
  writeAwarenessEntries,
  writeAwarenessMessage,
  writePermissionDenied,
  writeSyncMessage,
  type PresenceLimits,
  type RoomCloseName,
} from "@wove/protocol";
import * as Y from "yjs";
import type { RoomConnection } from "./RoomConnection.ts";
import { isExpired } from "./tokenExpiry.ts";

/**
 * What the room's transport must do, in order. `S` is whatever the transport calls a
 * socket (a WebSocket in the Durable Object, a plain object in tests).
 */
export type RoomAction<S> =
  /** Send `message` to `to` alone. */
  | { type: "reply"; to: S; message: Uint8Array }
  /** Send `message` to every socket but `except`. */
  | { type: "broadcast"; message: Uint8Array; except?: S }
  /** Close `socket` with `reason`; `error` is what went wrong, for the log. */
  | { type: "close"; socket: S; reason: RoomCloseName; error?: unknown }
  /** `socket`'s connection changed: write it to its attachment, the copy that survives hibernation. */
  | { type: "persist"; socket: S; connection: RoomConnection }
  /**
   * The document accepted `update`: store it durably before performing the broadcast that
   * follows it (append before broadcast: a peer must never hold an update the room could lose).
   */
  | { type: "append"; update: Uint8Array }
  /** These files changed: the export owes them. */
  | { type: "changed"; fileIds: Set<string> }
  /** `socket` sent a fresh room token: verify it (asynchronous) and refresh or close the socket. */
  | { type: "refresh"; socket: S; token: string };

/** What the transport knows when a frame arrives. */
export interface FrameContext {
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** The stored document's size in bytes (snapshot plus log; see RoomStorage). */
  readonly storedBytes: number;
}

/** RoomLimits holds the room's; tests pass smaller ones. */
export type SessionLimits = PresenceLimits &
  Record<"MAX_MESSAGE_BYTES" | "MAX_DOCUMENT_BYTES" | "MAX_MESSAGES_PER_SECOND", number>;

const READ_ONLY = "read-only: you are a viewer of this project";

/** The origin of an update a socket sent, so its broadcast skips the sender. */
class FromSocket<S> {
  constructor(readonly socket: S) {}
}

/**
 * A room's live state and the y-websocket protocol around it, with no transport: the
 * document, who is present (PresenceRelay) and each socket's message rate. A frame and the
 * sender's connection go in; the actions the transport performs come out. Time and the
 * stored size are handed in, so every rule here runs in plain Node tests.
 *
 * Rules per frame, in order: text frames are malformed; a frame over MAX_MESSAGE_BYTES is
 * refused; more than MAX_MESSAGES_PER_SECOND frames in a second close the sender; so does
 * an expired token. Then sync step 1 is answered with what the sender lacks; an update
 * (step 2 or update) is refused for a viewer (permission denied, unless it is empty), for
 * taking the document over MAX_DOCUMENT_BYTES, and for an invalid path (SPEC D15), before
 * it is applied; awareness is relayed re-encoded as PresenceRelay accepts it; a query is
 * answered with everyone's presence. A frame that cannot be read closes its sender only.
 */
export class RoomSession<S extends object> {
  readonly doc = new Y.Doc();
  readonly #presence: PresenceRelay<S>;
  readonly #rates = new WeakMap<S, { windowStart: number; count: number }>();
  /** Sockets closed or gone: their late frames still count, but they speak for no one. */
  readonly #left = new WeakSet<S>();
  #pending: RoomAction<S>[] = [];
  /**
   * The builder agent's presence: one awareness client id of the room's own (runs take turns),
   * claimed before any socket can, so no client can speak for the agent or hide it.
   */
  readonly #agent = { owner: {} as S, id: randomClientId(), clock: 0, shown: false };

  constructor(
    updates: Iterable<Uint8Array>,
    readonly limits: SessionLimits = RoomLimits,
  ) {
    this.#presence = new PresenceRelay<S>(limits);
    this.#presence.claim(this.#agent.owner, [this.#agent.id]);
    for (const update of updates) Y.applyUpdate(this.doc, update);
    // Registered after loading: only new changes are stored and broadcast.
    this.doc.on("afterTransaction", (transaction: Y.Transaction) => {
      const fileIds = changedFileIds(this.doc, transaction);
      if (fileIds.size) this.#pending.push({ type: "changed", fileIds });
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      const except = origin instanceof FromSocket ? (origin.socket as S) : undefined;
      this.#pending.push(
        { type: "append", update },
        this.#broadcast(writeSyncMessage(SyncType.Update, update), except),
      );
    });
  }

  /**
   * Shows the working agent to everyone as a collaborator (`state`: a presence state as
   * clients publish theirs, see `@wove/sync` Presence), or with null takes it away.
   */
  setAgentPresence(state: object | null): RoomAction<S>[] {
    if (state === null && !this.#agent.shown) return this.#take();
    this.#agent.shown = state !== null;
    const entry = { clientId: this.#agent.id, clock: ++this.#agent.clock, state: JSON.stringify(state) };
    const result = this.#presence.receive(this.#agent.owner, [entry]);
    if (result.ok && result.relay.length) {
      this.#pending.push(this.#broadcast(writeAwarenessMessage(writeAwarenessEntries(result.relay))));
    }
    return this.#take();
  }

  /** A socket the room had before it hibernated: it speaks again for the ids its attachment names. */
  restore(socket: S, connection: RoomConnection): void {
    this.#presence.claim(socket, connection.clientIds, connection.clocks);
  }

  /** A socket was admitted: remember it, and greet it as the reference server does. */
  join(socket: S, connection: RoomConnection): RoomAction<S>[] {
    // Our state vector, so the client sends what we lack, and who is here.
    this.#pending.push(
      { type: "persist", socket, connection },
      this.#reply(socket, writeSyncMessage(SyncType.Step1, Y.encodeStateVector(this.doc))),
    );
    if (this.#presence.bytes) this.#pending.push(this.#reply(socket, this.#awarenessSnapshot()));
    if (connection.role === "viewer") this.#pending.push(this.#reply(socket, writePermissionDenied(READ_ONLY)));
    return this.#take();
  }

  receive(
    socket: S,
    connection: RoomConnection,
    frame: string | ArrayBuffer | Uint8Array,
    at: FrameContext,
  ): RoomAction<S>[] {
    if (typeof frame === "string") return this.close(socket, "Malformed");
    if (frame.byteLength > this.limits.MAX_MESSAGE_BYTES) return this.close(socket, "MessageTooLarge");
    if (!this.#withinRate(socket, at.now)) return this.close(socket, "RateLimited");
    // The transport's alarm closes expired sockets too; this catches the ones that write first.
    if (isExpired(connection.expiresAt, at.now)) return this.close(socket, "Unauthenticated");
    try {
      this.#handle(socket, connection, frame instanceof Uint8Array ? frame : new Uint8Array(frame), at);
    } catch (error) {
      // What was applied before the throw is in the document, so its actions stand.
      this.#close(socket, "Malformed", error);
    }
    return this.#take();
  }

  /** Closes `socket` now, not when its client answers: a closed socket speaks for no one. */
  close(socket: S, reason: RoomCloseName, error?: unknown): RoomAction<S>[] {
    this.#close(socket, reason, error);
    return this.#take();
  }

  /**
   * `socket` left (or was closed): its client ids are freed and their states removed for
   * everyone. `connection` is its attachment: a room woken by a socket's close no longer
   * lists that socket among its own, so its ids and clocks come from there.
   */
  leave(socket: S, connection: RoomConnection): RoomAction<S>[] {
    if (!this.#left.has(socket) && !this.#presence.idsOf(socket).length) this.restore(socket, connection);
    this.#leave(socket);
    return this.#take();
  }

  /** The actions of changes made to `doc` outside a frame (the Worker's RPC writes). */
  flush(): RoomAction<S>[] {
    return this.#take();
  }

  #handle(socket: S, connection: RoomConnection, frame: Uint8Array, at: FrameContext): void {
    const message = readRoomMessage(frame);
    switch (message.type) {
      case "sync-step1":
        this.#pending.push(
          this.#reply(socket, writeSyncMessage(SyncType.Step2, Y.encodeStateAsUpdate(this.doc, message.stateVector))),
        );
        return;
      case "sync-step2":
      case "sync-update":
        return this.#applyFrom(socket, connection, message.update, at.storedBytes);
      case "awareness":
        return this.#relayAwareness(socket, connection, message.update);
      case "query-awareness":
        this.#pending.push(this.#reply(socket, this.#awarenessSnapshot()));
        return;
      case "auth":
        return;
      case "auth-token":
        this.#pending.push({ type: "refresh", socket, token: message.token });
        return;
    }
  }

  #applyFrom(socket: S, connection: RoomConnection, update: Uint8Array, storedBytes: number): void {
    // Throws on bytes that are not an update, before anything touches the document. Yjs
    // cannot integrate a decoded update, so Y.applyUpdate below reads these bytes again
    // (`npm run bench -- roomDecode` measures what that second read costs).
    const decoded = Y.decodeUpdate(update);
    if (connection.role === "viewer") {
      // Refused at the sync layer; an empty catch-up from a viewer is no write at all.
      if (decoded.structs.length || decoded.ds.clients.size) {
        this.#pending.push(this.#reply(socket, writePermissionDenied(READ_ONLY)));
      }
      return;
    }
    if (storedBytes + update.byteLength > this.limits.MAX_DOCUMENT_BYTES) {
      return this.#close(socket, "DocumentTooLarge");
    }
    // SPEC D15, before anything is applied: a path the IDE refuses is refused here too.
    const paths = checkUpdatePaths(this.doc, decoded);
    if (!paths.ok && paths.reason === "unresolved") {
      return this.#close(socket, "Malformed");
    }
    if (!paths.ok) {
      const refused = `refused: ${paths.problem} (${JSON.stringify(paths.path.slice(0, 100))})`;
      this.#pending.push(this.#reply(socket, writePermissionDenied(refused)));
      return this.#close(socket, "InvalidPath");
    }
    // SPEC D20: the agent's runs and the reverted records are the server's (its writes skip this path).
    const owned = checkServerOwned(this.doc, decoded);
    if (!owned.ok) {
      if (owned.reason === "unresolved") return this.#close(socket, "Malformed");
      this.#pending.push(this.#reply(socket, writePermissionDenied(`refused: only the server writes ${owned.name}`)));
      return this.#close(socket, "ServerOwned");
    }
    Y.applyUpdate(this.doc, update, new FromSocket(socket));
  }

  /** Relays what the presence relay accepts (see PresenceRelay), re-encoded: never the sender's raw bytes. */
  #relayAwareness(socket: S, connection: RoomConnection, update: Uint8Array): void {
    if (this.#left.has(socket)) return;
    const result = this.#presence.receive(socket, readAwarenessEntries(update));
    if (!result.ok) {
      return this.#close(socket, result.close);
    }
    // At most one attachment write per message: the ids and their clocks together, only
    // when they moved (a renewal moves its clock, so nearly every message writes it).
    const clientIds = this.#presence.idsOf(socket);
    const clocks = this.#presence.clocksOf(socket);
    if (!sameNumbers(clientIds, connection.clientIds) || !sameNumbers(clocks, connection.clocks)) {
      this.#pending.push({ type: "persist", socket, connection: { ...connection, clientIds, clocks } });
    }
    // Everyone, the sender included: y-websocket clients treat silence as a dead link.
    if (result.relay.length) {
      this.#pending.push(this.#broadcast(writeAwarenessMessage(writeAwarenessEntries(result.relay))));
    }
  }

  #close(socket: S, reason: RoomCloseName, error?: unknown): void {
    this.#pending.push(
      error === undefined ? { type: "close", socket, reason } : { type: "close", socket, reason, error },
    );
    this.#leave(socket);
  }

  #leave(socket: S): void {
    this.#left.add(socket);
    this.#rates.delete(socket);
    const gone = this.#presence.forget(socket);
    if (gone.length) this.#pending.push(this.#broadcast(writeAwarenessMessage(writeAwarenessEntries(gone)), socket));
  }

  #awarenessSnapshot(): Uint8Array {
    return writeAwarenessMessage(writeAwarenessEntries(this.#presence.snapshot()));
  }

  #withinRate(socket: S, now: number): boolean {
    const rate = this.#rates.get(socket);
    if (!rate || now - rate.windowStart >= 1000) {
      this.#rates.set(socket, { windowStart: now, count: 1 });
      return true;
    }
    rate.count++;
    return rate.count <= this.limits.MAX_MESSAGES_PER_SECOND;
  }

  #reply(to: S, message: Uint8Array): RoomAction<S> {
    return { type: "reply", to, message };
  }

  #broadcast(message: Uint8Array, except?: S): RoomAction<S> {
    return except === undefined ? { type: "broadcast", message } : { type: "broadcast", message, except };
  }

  #take(): RoomAction<S>[] {
    const actions = this.#pending;
    this.#pending = [];
    return actions;
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** A Yjs-style client id (a random uint32), for presence the room publishes itself. */
function randomClientId(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
