/**
 * Where a stock y-websocket client connects:
 * `new WebsocketProvider(serverUrl, roomName, doc, { params })`.
 */
export interface RoomAddress {
  serverUrl: string;
  roomName: string;
  params: Record<string, string>;
}

export interface Room {
  /** Where to connect one client; ours asks for a fresh room token each time. */
  address(): Promise<RoomAddress>;
}

/** A y-websocket server under test, ours or the reference, started on loopback. */
export interface RoomServer {
  /** A fresh, empty room. */
  createRoom(): Promise<Room>;
  /** Stops everything it started. */
  stop(): Promise<void>;
}
