/**
 * Why a room closed a socket: WebSocket close codes in the application range (4000-4999)
 * with a stable reason, which clients switch on. A code that says "do not retry" means
 * retrying with the same token cannot succeed.
 */
export const RoomClose = {
  /** The token is missing, malformed, expired or signed by another key. Get a new one. */
  Unauthenticated: { code: 4401, reason: "unauthenticated", retry: true },
  /** The token is for another project. */
  Forbidden: { code: 4403, reason: "forbidden", retry: false },
  /** The project does not exist (or was deleted). */
  NotFound: { code: 4404, reason: "not found", retry: false },
  /** The user's role changed while connected: reconnect with a fresh token. */
  RoleChanged: { code: 4409, reason: "role changed", retry: true },
  /** Access was removed while connected. */
  AccessRevoked: { code: 4410, reason: "access revoked", retry: false },
  /**
   * The project's access changed (a member, role, team or visibility) after the token was
   * minted: reconnect with a fresh token, which says what the caller may do now.
   */
  AccessChanged: { code: 4412, reason: "access changed", retry: true },
  /** A frame that is not a valid y-websocket message. */
  Malformed: { code: 4400, reason: "malformed message", retry: true },
  /** A frame over MAX_MESSAGE_BYTES. */
  MessageTooLarge: { code: 4413, reason: "message too large", retry: true },
  /** An update that would take the document over MAX_DOCUMENT_BYTES. */
  DocumentTooLarge: { code: 4507, reason: "document too large", retry: false },
  /** More than MAX_MESSAGES_PER_SECOND from one connection. */
  RateLimited: { code: 4429, reason: "rate limited", retry: true },
  /**
   * The room has MAX_CONNECTIONS sockets, or an anonymous visitor found the visitors'
   * share (MAX_ANONYMOUS_CONNECTIONS) taken.
   */
  RoomFull: { code: 4503, reason: "room full", retry: true },
  /**
   * An anonymous visitor's token or address already has as many sockets as it may. Not
   * retried: the IDE says to close other tabs and reload, rather than knocking forever.
   */
  TooManyConnections: { code: 4430, reason: "too many connections", retry: false },
  /** An awareness state over the room's caps (per client or per connection). */
  PresenceTooLarge: { code: 4414, reason: "presence too large", retry: false },
  /**
   * An update that would give a file an invalid path (SPEC D3, D9). The client's document
   * holds a change the room will never take, so reconnecting cannot help.
   */
  InvalidPath: { code: 4422, reason: "invalid path", retry: false },
  /**
   * An update that writes what only the server writes: the agent's runs or the reverted
   * records (SPEC D20). Like InvalidPath, the client's document holds a change the room will
   * never take, so reconnecting cannot help.
   */
  ServerOwned: { code: 4423, reason: "server owned", retry: false },
} as const;

export type RoomCloseName = keyof typeof RoomClose;

const byCode = new Map<number, RoomCloseName>(
  Object.entries(RoomClose).map(([name, { code }]) => [code, name as RoomCloseName]),
);

/** The named close behind a close code, for clients deciding whether to reconnect. */
export function readRoomClose(code: number): RoomCloseName | undefined {
  return byCode.get(code);
}
