import { readConnection, writeConnection, type RoomConnection } from "./RoomConnection.ts";

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
