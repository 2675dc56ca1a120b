/**
 * A room's own limits, below the platform's (32 MiB WebSocket messages, 128 MB per
 * isolate): a document is held in memory, and one client must not starve the others.
 */
export const RoomLimits = {
  /** Largest frame a client may send: an offline client's catch-up fits comfortably. */
  MAX_MESSAGE_BYTES: 8 << 20,
  /** Largest encoded document a room keeps. */
  MAX_DOCUMENT_BYTES: 32 << 20,
  /** Sustained frames per second per connection (typing and cursors stay far below). */
  MAX_MESSAGES_PER_SECOND: 200,
  /** Sockets in one room. */
  MAX_CONNECTIONS: 250,
  /**
   * Sockets of anonymous visitors together: the rest of MAX_CONNECTIONS is kept for people
   * who signed in, so a crowd of visitors cannot lock the owner out.
   */
  MAX_ANONYMOUS_CONNECTIONS: 200,
  /** Sockets on one anonymous room token (a visitor with a few tabs). */
  MAX_CONNECTIONS_PER_ANONYMOUS_TOKEN: 4,
  /** Anonymous sockets from one client IP (an office behind one address). */
  MAX_ANONYMOUS_CONNECTIONS_PER_IP: 16,
  /**
   * One client's awareness state, as UTF-8 JSON. The IDE's (a name, a colour, a file id and
   * a cursor as two relative positions) is a few hundred bytes.
   */
  MAX_AWARENESS_STATE_BYTES: 4 << 10,
  /** A connection's awareness states together (it normally owns one client id). */
  MAX_AWARENESS_BYTES_PER_CONNECTION: 8 << 10,
  /**
   * Every awareness state in the room: what a joiner downloads. At least MAX_CONNECTIONS
   * times the per-connection cap, so connections within their own caps never meet it.
   */
  MAX_AWARENESS_BYTES: 2 << 20,
  /** Client ids one connection may speak for (a page load announces one). */
  MAX_AWARENESS_IDS_PER_CONNECTION: 8,
} as const;
