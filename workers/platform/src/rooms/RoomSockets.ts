import { RoomClose, type RoomCloseName } from "@wove/protocol";
import { ConnectionCache } from "./ConnectionCache.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import { earliestExpiry, isExpired } from "./tokenExpiry.ts";

/**
 * The room's sockets as the Durable Object holds them (`list` is `ctx.getWebSockets`, which
 * survives hibernation) with each one's connection (see ConnectionCache): sending that
 * never throws at a socket that is closing, the room's close codes, and the questions the
 * room asks of all of them at once (who is still open, whose token is over, when the next
 * one is).
 */
export class RoomSockets {
  readonly #connections = new ConnectionCache();

  constructor(private readonly list: () => WebSocket[]) {}

  all(): WebSocket[] {
    return this.list();
  }

  connection(ws: WebSocket): RoomConnection {
    return this.#connections.read(ws);
  }

  connections(): RoomConnection[] {
    return this.list().map((ws) => this.#connections.read(ws));
  }

  write(ws: WebSocket, connection: RoomConnection): void {
    this.#connections.write(ws, connection);
  }

  send(ws: WebSocket, message: Uint8Array): void {
    try {
      ws.send(message);
    } catch {
      // A socket that is closing; its close handler cleans up.
    }
  }

  broadcast(message: Uint8Array, except?: WebSocket): void {
    for (const ws of this.list()) if (ws !== except) this.send(ws, message);
  }

  close(ws: WebSocket, name: RoomCloseName): void {
    this.closeWith(ws, RoomClose[name].code, RoomClose[name].reason);
  }

  /** Closes with a code of the client's (completing its close handshake). */
  closeWith(ws: WebSocket, code: number, reason: string): void {
    try {
      ws.close(code, reason);
    } catch {
      // Already closed.
    }
  }

  /** Whether any socket but `leaving` is still open (the room is not emptying). */
  anyOpen(leaving?: WebSocket): boolean {
    return this.list().some((ws) => ws !== leaving && ws.readyState === WebSocket.OPEN);
  }

  /** The sockets `pick` names a reason to close, with it. */
  pick(pick: (connection: RoomConnection) => RoomCloseName | null): Array<[WebSocket, RoomCloseName]> {
    const picked: Array<[WebSocket, RoomCloseName]> = [];
    for (const ws of this.list()) {
      const name = pick(this.#connections.read(ws));
      if (name) picked.push([ws, name]);
    }
    return picked;
  }

  /** The sockets whose token is over at `now`. */
  expired(now: number): Array<[WebSocket, RoomCloseName]> {
    return this.pick((connection) => (isExpired(connection.expiresAt, now) ? "Unauthenticated" : null));
  }

  /** When the next token still running at `now` is over (null: none is). */
  nextExpiry(now: number): number | null {
    const running = this.connections()
      .map((connection) => connection.expiresAt)
      .filter((at) => !isExpired(at, now));
    return earliestExpiry(running);
  }
}
