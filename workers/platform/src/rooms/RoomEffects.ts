import type { RoomCloseName } from "@wove/protocol";
import * as Y from "yjs";
import { logError } from "../log.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import type { RoomExporter } from "./RoomExporter.ts";
import type { RoomGate } from "./RoomGate.ts";
import type { RoomAction, RoomSession } from "./RoomSession.ts";
import type { RoomSockets } from "./RoomSockets.ts";
import type { RoomStorage } from "./RoomStorage.ts";
import { alarmFor } from "./tokenExpiry.ts";

export interface RoomParts {
  projectId: string;
  session: RoomSession<WebSocket>;
  sockets: RoomSockets;
  store: RoomStorage;
  exporter: RoomExporter;
  /** The Durable Object's one alarm, which serves the export and token expiry alike (see tokenExpiry). */
  alarm: Pick<DurableObjectStorage, "getAlarm" | "setAlarm">;
  /** Made after these effects (its revocations close sockets through them), hence asked for. */
  gate: () => RoomGate;
}

/**
 * Performs what RoomSession decides, on what the Durable Object holds: its sockets, its
 * storage and its alarm. The session's rules stay pure (tested in Node); this is where
 * they meet the runtime, and ProjectRoom only routes the runtime's events to the two.
 */
export class RoomEffects {
  constructor(private readonly room: RoomParts) {}

  perform(actions: readonly RoomAction<WebSocket>[]): void {
    const { sockets, store, exporter, session } = this.room;
    for (const action of actions) {
      switch (action.type) {
        case "reply":
          sockets.send(action.to, action.message);
          break;
        case "broadcast":
          sockets.broadcast(action.message, action.except);
          break;
        case "close":
          if (action.error !== undefined) this.#log("closing a socket after a bad message", action.error);
          sockets.close(action.socket, action.reason);
          this.exportWhenEmpty(action.socket);
          break;
        case "persist":
          sockets.write(action.socket, action.connection);
          break;
        case "append":
          store.append(action.update);
          store.compactSoon(
            () => Y.encodeStateAsUpdate(session.doc),
            (err) => this.#log("compaction failed", err),
          );
          break;
        case "changed":
          // A keystroke must not pay for the export: RoomExporter writes a file's change once
          // per window, and the window's first change sets the alarm.
          this.#setAlarm(exporter.noteChanges(action.fileIds, Date.now()));
          break;
        case "refresh":
          void this.#refresh(action.socket, action.token);
          break;
      }
    }
  }

  /** Closes each socket `pick` names a reason for, through the session (its peers hear it left); answers how many. */
  closeWhere(pick: (connection: RoomConnection) => RoomCloseName | null): number {
    return this.closeAll(this.room.sockets.pick(pick));
  }

  closeAll(closing: Array<[WebSocket, RoomCloseName]>): number {
    for (const [ws, name] of closing) this.perform(this.room.session.close(ws, name));
    return closing.length;
  }

  /** `closing` is going: when it was the last one open, the snapshot is written now rather than on its cadence. */
  exportWhenEmpty(closing: WebSocket): void {
    if (!this.room.sockets.anyOpen(closing) && this.room.exporter.owesSnapshot()) this.#setAlarm(Date.now());
  }

  /** Sets the alarm for a token's expiry, unless it is already set for sooner (the export's, or another's). */
  async armExpiry(expiresAt: number | null): Promise<void> {
    const at = alarmFor(await this.room.alarm.getAlarm(), expiresAt);
    if (at !== null) await this.room.alarm.setAlarm(at);
  }

  #setAlarm(at: number | null): void {
    if (at !== null) void this.room.alarm.setAlarm(at);
  }

  /** A fresh token on an open socket (see RoomGate). */
  async #refresh(ws: WebSocket, token: string): Promise<void> {
    const { sockets, session } = this.room;
    try {
      const result = await this.room.gate().refresh(token, () => sockets.connection(ws));
      if ("close" in result) return this.perform(session.close(ws, result.close));
      sockets.write(ws, result.connection);
    } catch (err) {
      this.#log("refreshing a socket's token failed", err);
      this.perform(session.close(ws, "Unauthenticated"));
    }
  }

  #log(what: string, err: unknown): void {
    logError(`room: ${what}`, err, { projectId: this.room.projectId });
  }
}
