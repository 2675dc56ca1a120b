import type { RoomConnection } from "./RoomConnection.ts";

/**
 * Each socket's RoomConnection in memory, so a message does not pay for deserializing its
 * socket's attachment (a structured clone). The attachment stays the copy that survives
 * hibernation: a woken room starts with an empty cache and reads each socket's attachment
 * again on its first message. Writes go to both.
 */
export class ConnectionCache {
  // Weak: a socket the runtime has let go of takes its entry with it.
  readonly #connections = new WeakMap<WebSocket, RoomConnection>();

  read(ws: WebSocket): RoomConnection {
    let connection = this.#connections.get(ws);
    if (!connection) {
      connection = readConnection(ws);
      this.#connections.set(ws, connection);
    }
    return connection;
  }

  write(ws: WebSocket, connection: RoomConnection): void {
    this.#connections.set(ws, writeConnection(ws, connection));
  }
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

function readConnection(ws: WebSocket): RoomConnection {
  const attachment = ws.deserializeAttachment() as Partial<RoomConnection> | null;
  return attachment ? { ...UNKNOWN, ...attachment } : UNKNOWN;
}

/** Stores `connection` in the socket's attachment; answers what was stored. */
function writeConnection(ws: WebSocket, connection: RoomConnection): RoomConnection {
  // Keep the attachment bounded: a client announces one id per page load.
  const stored = { ...connection, clientIds: connection.clientIds.slice(-32), clocks: connection.clocks.slice(-32) };
  ws.serializeAttachment(stored);
  return stored;
}
