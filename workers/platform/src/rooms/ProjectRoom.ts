import { RoomClose, type RoomCloseName } from "@wove/protocol";
import { DurableObject } from "cloudflare:workers";
import * as Y from "yjs";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { closeForVersion } from "./accessVersion.ts";
import { ConnectionCache } from "./ConnectionCache.ts";
import { listRoomFiles } from "./listRoomFiles.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import { RoomExporter } from "./RoomExporter.ts";
import { RoomGate } from "./RoomGate.ts";
import type { RoomFile, RoomSnapshotFile } from "./RoomFile.ts";
import { RoomSession, type RoomAction } from "./RoomSession.ts";
import { RoomStorage } from "./RoomStorage.ts";
import { readTextFiles } from "./readTextFiles.ts";
import { snapshotFiles } from "./snapshotFiles.ts";
import { alarmFor, earliestExpiry, isExpired } from "./tokenExpiry.ts";
import { writeFilesAs } from "./writeFilesAs.ts";

/**
 * One room per project (named by its id: `ROOMS.getByName(projectId)`), with hibernatable
 * sockets. This class adapts the Durable Object API to the pure parts: RoomSession (the
 * document, presence and the protocol's rules), RoomStorage (durability), RoomExporter
 * (Postgres and R2) and the access checks. It performs the session's actions.
 */
export class ProjectRoom extends DurableObject<Bindings> {
  #store!: RoomStorage;
  #session!: RoomSession<WebSocket>;
  /** Each socket's user, role and presence; its attachment is the copy that survives hibernation. */
  #connections = new ConnectionCache();
  #exporter!: RoomExporter;
  #gate!: RoomGate;
  /** The project is gone (see purge): read once per wake rather than on every connect. */
  #deleted = false;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    // Answered by the runtime without waking the room.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    void ctx.blockConcurrencyWhile(async () => this.#load());
  }

  /** The project this room serves: rooms are only reached by name (see routes/openRoom). */
  get #projectId(): string {
    return this.ctx.id.name ?? "";
  }

  #load(): void {
    this.#store = new RoomStorage(this.ctx.storage);
    this.#exporter = new RoomExporter(this.#store);
    this.#session = new RoomSession(this.#store.load());
    this.#gate = new RoomGate(this.#store, this.env.ROOM_TOKEN_PRIVATE_KEY, this.#projectId, (version, revoked) =>
      this.#closeWhere((c) => closeForVersion(c, version, revoked)),
    );
    this.#deleted = this.#store.getMeta("deleted") !== undefined;
    // Once per room, not per connect: a woken room reads it and writes nothing.
    if (this.#store.getMeta("created_at") === undefined) {
      this.#store.setMeta("project_id", this.#projectId);
      this.#store.setMeta("created_at", new Date().toISOString());
    }
    for (const ws of this.ctx.getWebSockets()) this.#session.restore(ws, this.#connections.read(ws));
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade", { status: 426 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    const open = this.ctx.getWebSockets().map((ws) => this.#connections.read(ws));
    const admitted = this.#deleted ? "NotFound" : await this.#gate.admit(request, open);
    if (typeof admitted === "string") {
      server.accept();
      server.close(RoomClose[admitted].code, RoomClose[admitted].reason);
    } else {
      this.ctx.acceptWebSocket(server);
      this.#perform(this.#session.join(server, admitted));
      await this.#armExpiry(admitted.expiresAt);
    }
    return new Response(null, { status: 101, webSocket: client });
  }

  override webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    // One bad client must never take the room down: a failure here closes only its socket.
    try {
      const at = { now: Date.now(), storedBytes: this.#store.storedBytes };
      this.#perform(this.#session.receive(ws, this.#connections.read(ws), message, at));
    } catch (err) {
      this.#perform(this.#session.close(ws, "Malformed", err));
    }
  }

  override webSocketClose(ws: WebSocket, code: number, reason: string): void {
    this.#forget(ws);
    // Complete the close handshake, so the client's close resolves now rather than on its timeout.
    closeSocket(ws, code === 1005 || code === 1006 ? 1000 : code, reason);
  }

  override webSocketError(ws: WebSocket): void {
    this.#forget(ws);
  }

  /** A socket left: the session frees its presence, and the last one out owes the snapshot. */
  #forget(ws: WebSocket): void {
    try {
      this.#perform(this.#session.leave(ws, this.#connections.read(ws)));
      this.#exportWhenEmpty(ws);
    } catch (err) {
      logError("room: cleaning up a closed socket failed", err, { projectId: this.#projectId });
    }
  }

  /**
   * Closes sockets whose token expired, then writes out what of the export is due (see
   * RoomExporter: failures are kept, logged and retried, never thrown), then sets the alarm
   * for whichever comes first, the export's next part or a token's expiry (see tokenExpiry).
   */
  override async alarm(): Promise<void> {
    const now = Date.now();
    this.#closeWhere((c) => (isExpired(c.expiresAt, now) ? "Unauthenticated" : null));
    if (this.#deleted) return;
    const empty = this.ctx.getWebSockets().every((ws) => ws.readyState !== WebSocket.OPEN);
    const room = { files: () => this.listFiles(), snapshot: () => Y.encodeStateAsUpdate(this.#session.doc) };
    const next = await this.#exporter.run(this.env, this.#projectId, room, empty, now);
    if (next !== null) await this.ctx.storage.setAlarm(next);
    // Sockets closed above may still be listed while they finish closing.
    const expiries = this.ctx.getWebSockets().map((ws) => this.#connections.read(ws).expiresAt);
    await this.#armExpiry(earliestExpiry(expiries.filter((at) => !isExpired(at, now))));
  }

  #perform(actions: readonly RoomAction<WebSocket>[]): void {
    for (const action of actions) {
      switch (action.type) {
        case "reply":
          send(action.to, action.message);
          break;
        case "broadcast":
          for (const ws of this.ctx.getWebSockets()) if (ws !== action.except) send(ws, action.message);
          break;
        case "close":
          if (action.error !== undefined) {
            logError("room: closing a socket after a bad message", action.error, { projectId: this.#projectId });
          }
          closeSocket(action.socket, RoomClose[action.reason].code, RoomClose[action.reason].reason);
          this.#exportWhenEmpty(action.socket);
          break;
        case "persist":
          this.#connections.write(action.socket, action.connection);
          break;
        case "append":
          this.#store.append(action.update);
          this.#store.compactSoon(
            () => Y.encodeStateAsUpdate(this.#session.doc),
            (err) => logError("room: compaction failed", err, { projectId: this.#projectId }),
          );
          break;
        case "changed":
          // A keystroke must not pay for the export: RoomExporter writes a file's change once
          // per window, and the window's first change sets the alarm.
          this.#setAlarm(this.#exporter.noteChanges(action.fileIds, Date.now()));
          break;
        case "refresh":
          void this.#refresh(action.socket, action.token);
          break;
      }
    }
  }

  /** The last socket is closing: the snapshot is written now rather than on its cadence. */
  #exportWhenEmpty(closing: WebSocket): void {
    const open = this.ctx.getWebSockets().some((ws) => ws !== closing && ws.readyState === WebSocket.OPEN);
    if (!open && this.#exporter.owesSnapshot()) this.#setAlarm(Date.now());
  }

  #setAlarm(at: number | null): void {
    if (at !== null) void this.ctx.storage.setAlarm(at);
  }

  /** A fresh token on an open socket (see RoomGate). */
  async #refresh(ws: WebSocket, token: string): Promise<void> {
    try {
      const result = await this.#gate.refresh(token, () => this.#connections.read(ws));
      if ("close" in result) return this.#perform(this.#session.close(ws, result.close));
      this.#connections.write(ws, result.connection);
    } catch (err) {
      logError("room: refreshing a socket's token failed", err, { projectId: this.#projectId });
      this.#perform(this.#session.close(ws, "Unauthenticated"));
    }
  }

  /** Sets the alarm for a token's expiry, unless it is already set for sooner (the export's, or another's). */
  async #armExpiry(expiresAt: number | null): Promise<void> {
    const at = alarmFor(await this.ctx.storage.getAlarm(), expiresAt);
    if (at !== null) await this.ctx.storage.setAlarm(at);
  }

  /** Closes each socket `pick` names a reason for; answers how many. */
  #closeWhere(pick: (connection: RoomConnection) => RoomCloseName | null): number {
    let closed = 0;
    for (const ws of this.ctx.getWebSockets()) {
      const name = pick(this.#connections.read(ws));
      if (!name) continue;
      this.#perform(this.#session.close(ws, name));
      closed++;
    }
    return closed;
  }

  // --- Typed RPC for the Worker -------------------------------------------------------

  /** The files with their resolved paths and sizes (deploys, search, export). */
  listFiles(): RoomFile[] {
    return listRoomFiles(this.#session.doc);
  }

  /** Several text files in one call (the AI's context); paths that are not text files are left out. */
  readTextFiles(paths: string[]): Array<{ path: string; text: string }> {
    return readTextFiles(this.#session.doc, paths);
  }

  /** Every file and the deploy settings, as a deploy snapshots them. */
  snapshotFiles(): { files: RoomSnapshotFile[]; deploySettingsJson: string } {
    return snapshotFiles(this.#session.doc);
  }

  /**
   * Writes text files as a named collaborator (imports, templates, AI agents): each edit
   * is persisted and reaches every connected client like anyone's typing.
   */
  writeFiles(files: Array<{ path: string; text: string }>, author: string): { written: number; errors: string[] } {
    const result = writeFilesAs(this.#session.doc, files, author);
    this.#perform(this.#session.flush());
    return result;
  }

  /**
   * The project's access changed and Postgres raised its access version to `version`:
   * sockets whose tokens are older close now (`revokedUserIds`, people the Worker knows
   * have no access left, hear AccessRevoked; the rest reconnect with a fresh token), and
   * older tokens are refused from here on. Answers how many sockets closed.
   */
  bumpAccess(version: number, revokedUserIds: string[] = []): number {
    return this.#gate.learn(version, revokedUserIds);
  }

  /** Deletes everything the room stores and refuses new connections: its project is gone. */
  async purge(): Promise<void> {
    this.#closeWhere(() => "NotFound");
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.#load();
    this.#store.setMetaOnce("deleted", new Date().toISOString());
    this.#deleted = true;
  }
}

function send(ws: WebSocket, message: Uint8Array): void {
  try {
    ws.send(message);
  } catch {
    // A socket that is closing; its close handler cleans up.
  }
}

function closeSocket(ws: WebSocket, code: number, reason: string): void {
  try {
    ws.close(code, reason);
  } catch {
    // Already closed.
  }
}
