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
} as const;
