import type { ProjectRole } from "@wove/db";

/**
 * What a room remembers of each socket, kept in the socket's attachment so a room woken
 * from hibernation still knows who is connected (an attachment holds at most 2 KiB).
 */
export interface RoomConnection {
  readonly userId: string | null;
  readonly role: ProjectRole;
  /** Awareness client ids this socket announced; removed for everyone when it closes. */
  readonly clientIds: readonly number[];
  /**
   * The latest awareness clock heard for each of clientIds (same order), so a room woken
   * from hibernation announces a departure with a clock peers accept (see PresenceRelay).
   */
  readonly clocks: readonly number[];
  /** The access version of the token it presented last (see accessVersion). */
  readonly accessVersion: number;
  /** When that token expires, in ms since the epoch (see tokenExpiry). */
  readonly expiresAt: number;
  /** For an anonymous visitor: what its sockets are counted by (see admitConnection). */
  readonly visitor?: Visitor;
}

/** An anonymous socket's room token (its id, `jti`: the token itself is a credential) and client IP. */
export interface Visitor {
  readonly token: string;
  readonly ip: string;
}

// A socket with no attachment knows nothing: the weakest role, and a token that is over.
const UNKNOWN: RoomConnection = {
  userId: null,
  role: "viewer",
  clientIds: [],
  clocks: [],
  accessVersion: 0,
  expiresAt: 0,
};

export function readConnection(ws: WebSocket): RoomConnection {
  const attachment = ws.deserializeAttachment() as Partial<RoomConnection> | null;
  return attachment ? { ...UNKNOWN, ...attachment } : UNKNOWN;
}

/** Stores `connection` in the socket's attachment; answers what was stored. */
export function writeConnection(ws: WebSocket, connection: RoomConnection): RoomConnection {
  // Keep the attachment bounded: a client announces one id per page load.
  const stored = { ...connection, clientIds: connection.clientIds.slice(-32), clocks: connection.clocks.slice(-32) };
  ws.serializeAttachment(stored);
  return stored;
}
