import type { ProjectRole } from "@wove/db";

/**
 * What a room remembers of each socket, kept in the socket's attachment so a room woken
 * from hibernation still knows who is connected (an attachment holds at most 2 KiB; see
 * ConnectionCache, which reads and writes it). Plain data: RoomSession runs on it in Node.
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
