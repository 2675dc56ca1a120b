import {
  changedFileIds,
  checkUpdatePaths,
  findFile,
  PresenceRelay,
  readAwarenessEntries,
  readRoomMessage,
  readText,
  RoomClose,
  RoomLimits,
  SyncType,
  writeAwarenessEntries,
  writeAwarenessMessage,
  writePermissionDenied,
  writeSyncMessage,
  type RoomCloseName,
} from "@wove/protocol";
import { DurableObject } from "cloudflare:workers";
import * as Y from "yjs";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { admitConnection } from "./admitConnection.ts";
import { ConnectionCache } from "./ConnectionCache.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import { RoomExporter } from "./RoomExporter.ts";
import { RoomStorage } from "./RoomStorage.ts";
import { listRoomFiles } from "./listRoomFiles.ts";
import type { RoomFile, RoomSnapshotFile } from "./RoomFile.ts";
import { readTextFiles } from "./readTextFiles.ts";
import { admitToken, closeForVersion, learnAccessVersion, refreshConnection } from "./accessVersion.ts";
import { readClientIp } from "./roomRequest.ts";
import { verifyRoomToken } from "./roomToken.ts";
import { snapshotFiles } from "./snapshotFiles.ts";
import { alarmFor, earliestExpiry, isExpired } from "./tokenExpiry.ts";
import { writeFilesAs } from "./writeFilesAs.ts";

export interface RoomInfo {
  projectId: string | null;
  createdAt: string;
}

const READ_ONLY = "read-only: you are a viewer of this project";

/**
 * One room per project: a Yjs document synced over the standard y-websocket protocol,
 * with hibernatable sockets. This class adapts the Durable Object API to the pure parts
 * (messages and the file model in @wove/protocol, RoomStorage for durability).
 */
export class ProjectRoom extends DurableObject<Bindings> {
  #store!: RoomStorage;
  #doc!: Y.Doc;
  /**
   * Who is present, for joiners, and which socket speaks for which client id. States are
   * rebuilt from clients' renewals after hibernation; ownership from the attachments.
   */
  #presence = new PresenceRelay<WebSocket>(RoomLimits);
  /** Each socket's user, role and announced ids; its attachment is the copy that survives hibernation. */
  #connections = new ConnectionCache();
  #rates = new Map<WebSocket, { windowStart: number; count: number }>();
  /** Writes the room out to Postgres and R2, on the alarm (see RoomExporter, ExportWindow). */
  #exporter!: RoomExporter;
  #compactionQueued = false;
  /** The newest access version the room knows (room_meta keeps it across evictions). */
  #accessVersion = 0;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    // Answered by the runtime without waking the room.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    void ctx.blockConcurrencyWhile(async () => this.#load());
    for (const ws of ctx.getWebSockets()) this.#presence.claim(ws, this.#connections.read(ws).clientIds);
  }

  #load(): void {
    this.#store = new RoomStorage(this.ctx.storage);
    this.#exporter = new RoomExporter(this.#store);
    this.#doc = new Y.Doc();
    for (const update of this.#store.load()) Y.applyUpdate(this.#doc, update);
    this.#accessVersion = this.#store.readAccessVersion();
    // Registered after loading: only new changes are persisted and broadcast.
    this.#doc.on("update", (update: Uint8Array, origin: unknown) => this.#accept(update, origin));
    this.#doc.on("afterTransaction", (transaction: Y.Transaction) => {
      const changed = changedFileIds(this.#doc, transaction);
      if (changed.size) this.#scheduleExport(changed);
    });
  }

  /**
   * Keystrokes must not pay for the export: a file's change is written to storage once
   * per export window (so an evicted room still knows), later ones only in memory, and
   * the alarm is set once, by the window's first change.
   */
  #scheduleExport(changed: Set<string>): void {
    const at = this.#exporter.noteChanges(changed, Date.now());
    if (at !== null) void this.ctx.storage.setAlarm(at);
  }

  /** The last socket is closing: the snapshot is written now rather than on its cadence. */
  #exportWhenEmpty(closing: WebSocket): void {
    const open = this.ctx.getWebSockets().some((ws) => ws !== closing && ws.readyState === WebSocket.OPEN);
    if (!open && this.#exporter.owesSnapshot()) void this.ctx.storage.setAlarm(Date.now());
  }

  /**
   * Closes sockets whose token expired, then writes out what of the export is due (see
   * RoomExporter: failures are kept, logged and retried, never thrown), then sets the alarm
   * for whichever comes first, the export's next part or a token's expiry (see tokenExpiry).
   */
  override async alarm(): Promise<void> {
    const now = Date.now();
    this.#closeWhere((c) => (isExpired(c.expiresAt, now) ? "Unauthenticated" : null));
    const projectId = this.#store.getMeta("project_id");
    if (!projectId || this.#store.getMeta("deleted")) return;
    const next = await this.#export(projectId, now);
    if (next !== null) await this.ctx.storage.setAlarm(next);
    // Sockets closed above may still be listed while they finish closing.
    const expiries = this.ctx.getWebSockets().map((ws) => this.#connections.read(ws).expiresAt);
    await this.#armExpiry(earliestExpiry(expiries.filter((at) => !isExpired(at, now))));
  }

  #export(projectId: string, now: number): Promise<number | null> {
    const empty = this.ctx.getWebSockets().every((ws) => ws.readyState !== WebSocket.OPEN);
    const room = { files: () => this.listFiles(), snapshot: () => Y.encodeStateAsUpdate(this.#doc) };
    return this.#exporter.run(this.env, projectId, room, empty, now);
  }

  /** Append before broadcast: a peer must never hold an update the room could lose. */
  #accept(update: Uint8Array, origin: unknown): void {
    this.#store.append(update);
    this.#broadcast(writeSyncMessage(SyncType.Update, update), origin instanceof WebSocket ? origin : undefined);
    if (this.#store.needsCompaction && !this.#compactionQueued) {
      this.#compactionQueued = true;
      // A task of its own, so its snapshot write is a transaction of its own: the keystroke
      // that crossed the threshold is broadcast once its append commits, not after the snapshot.
      setTimeout(() => this.#compact(), 0);
    }
  }

  #compact(): void {
    this.#compactionQueued = false;
    try {
      if (this.#store.needsCompaction) this.#store.compact(Y.encodeStateAsUpdate(this.#doc));
    } catch (err) {
      // The log still holds every update; the next threshold tries again.
      logError("room: compaction failed", err, { projectId: this.#store.getMeta("project_id") });
    }
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade", { status: 426 });
    }
    const url = new URL(request.url);
    const projectId = url.pathname.split("/")[3] ?? "";
    const { 0: client, 1: server } = new WebSocketPair();
    const refuse = (name: RoomCloseName) => {
      server.accept();
      server.close(RoomClose[name].code, RoomClose[name].reason);
      return new Response(null, { status: 101, webSocket: client });
    };
    if (this.#store.getMeta("deleted")) return refuse("NotFound");
    const claims = await verifyRoomToken(
      this.env.ROOM_TOKEN_PRIVATE_KEY,
      url.searchParams.get("token") ?? "",
      projectId,
    );
    if (claims) this.#learnAccessVersion(claims.accessVersion);
    const refusal = admitToken(claims, this.#accessVersion);
    if (refusal || !claims) return refuse(refusal ?? "Unauthenticated");
    const visitor = claims.userId ? undefined : { token: claims.tokenId, ip: readClientIp(request) };
    const open = this.ctx.getWebSockets().map((ws) => this.#connections.read(ws));
    const admission = admitConnection(open, visitor);
    if (admission) return refuse(admission);
    this.#store.setMetaOnce("project_id", projectId);
    this.#store.setMetaOnce("created_at", new Date().toISOString());

    this.ctx.acceptWebSocket(server);
    this.#connections.write(server, {
      userId: claims.userId,
      role: claims.role,
      clientIds: [],
      accessVersion: claims.accessVersion,
      expiresAt: claims.expiresAt,
      visitor,
    });
    // As the reference server does: our state vector, so the client sends what we lack,
    // and who is here.
    server.send(writeSyncMessage(SyncType.Step1, Y.encodeStateVector(this.#doc)));
    if (this.#presence.bytes) server.send(this.#awarenessSnapshot());
    if (claims.role === "viewer") server.send(writePermissionDenied(READ_ONLY));
    await this.#armExpiry(claims.expiresAt);
    return new Response(null, { status: 101, webSocket: client });
  }

  override webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    // One bad client must never take the room down: every failure closes only its socket.
    try {
      if (typeof message === "string") return this.#close(ws, "Malformed");
      if (message.byteLength > RoomLimits.MAX_MESSAGE_BYTES) return this.#close(ws, "MessageTooLarge");
      if (!this.#withinRate(ws)) return this.#close(ws, "RateLimited");
      const connection = this.#connections.read(ws);
      // The alarm closes expired sockets too; this catches the ones that write first.
      if (isExpired(connection.expiresAt, Date.now())) return this.#close(ws, "Unauthenticated");
      this.#handle(ws, connection, new Uint8Array(message));
    } catch (err) {
      logError("room: closing a socket after a bad message", err, { projectId: this.#store.getMeta("project_id") });
      this.#close(ws, "Malformed");
    }
  }

  #handle(ws: WebSocket, connection: RoomConnection, frame: Uint8Array): void {
    const message = readRoomMessage(frame);
    switch (message.type) {
      case "sync-step1":
        ws.send(writeSyncMessage(SyncType.Step2, Y.encodeStateAsUpdate(this.#doc, message.stateVector)));
        return;
      case "sync-step2":
      case "sync-update":
        return this.#applyFrom(ws, connection, message.update);
      case "awareness":
        return this.#relayAwareness(ws, connection, message.update);
      case "query-awareness":
        ws.send(this.#awarenessSnapshot());
        return;
      case "auth":
        return;
      case "auth-token":
        void this.#refresh(ws, message.token);
        return;
    }
  }

  /** A fresh token on an open socket (see refreshConnection). */
  async #refresh(ws: WebSocket, token: string): Promise<void> {
    try {
      const projectId = this.#store.getMeta("project_id") ?? "";
      const claims = await verifyRoomToken(this.env.ROOM_TOKEN_PRIVATE_KEY, token, projectId);
      if (claims) this.#learnAccessVersion(claims.accessVersion);
      const result = refreshConnection(this.#connections.read(ws), claims, this.#accessVersion);
      if ("close" in result) return this.#close(ws, result.close);
      this.#connections.write(ws, result.connection);
    } catch (err) {
      logError("room: refreshing a socket's token failed", err, { projectId: this.#store.getMeta("project_id") });
      this.#close(ws, "Unauthenticated");
    }
  }

  /** The room hears of `version` (an RPC or a token): sockets with older tokens go now. */
  #learnAccessVersion(version: number, revokedUserIds: readonly string[] = []): number {
    const learned = learnAccessVersion(this.#accessVersion, version);
    // Nothing new (most connects): every open socket was checked against this version already.
    if (learned === this.#accessVersion) return 0;
    this.#accessVersion = learned;
    this.#store.writeAccessVersion(learned);
    return this.#closeWhere((c) => closeForVersion(c, learned, revokedUserIds));
  }

  /** Sets the alarm for a token's expiry, unless it is already set for sooner (the export's, or another's). */
  async #armExpiry(expiresAt: number | null): Promise<void> {
    const at = alarmFor(await this.ctx.storage.getAlarm(), expiresAt);
    if (at !== null) await this.ctx.storage.setAlarm(at);
  }

  #applyFrom(ws: WebSocket, connection: RoomConnection, update: Uint8Array): void {
    // Throws on bytes that are not an update, before anything touches the document.
    const decoded = Y.decodeUpdate(update);
    if (connection.role === "viewer") {
      // Refused at the sync layer; an empty catch-up from a viewer is no write at all.
      if (decoded.structs.length || decoded.ds.clients.size) ws.send(writePermissionDenied(READ_ONLY));
      return;
    }
    if (this.#store.storedBytes + update.byteLength > RoomLimits.MAX_DOCUMENT_BYTES) {
      return this.#close(ws, "DocumentTooLarge");
    }
    // SPEC D15, before anything is applied: a path the IDE refuses is refused here too.
    const paths = checkUpdatePaths(this.#doc, decoded);
    if (!paths.ok && paths.reason === "unresolved") return this.#close(ws, "Malformed");
    if (!paths.ok) {
      ws.send(writePermissionDenied(`refused: ${paths.problem} (${JSON.stringify(paths.path.slice(0, 100))})`));
      return this.#close(ws, "InvalidPath");
    }
    Y.applyUpdate(this.#doc, update, ws);
  }

  /** Relays what the presence relay accepts (see PresenceRelay), re-encoded: never the sender's raw bytes. */
  #relayAwareness(ws: WebSocket, connection: RoomConnection, update: Uint8Array): void {
    // A closing socket's frames still arrive (its last updates count), but it speaks for no one now.
    if (ws.readyState !== WebSocket.OPEN) return;
    const result = this.#presence.receive(ws, readAwarenessEntries(update));
    if (!result.ok) return this.#close(ws, result.close);
    if (result.claimed) this.#connections.write(ws, { ...connection, clientIds: this.#presence.idsOf(ws) });
    // Everyone, the sender included: y-websocket clients treat silence as a dead link.
    if (result.relay.length) this.#broadcast(writeAwarenessMessage(writeAwarenessEntries(result.relay)));
  }

  #awarenessSnapshot(): Uint8Array {
    return writeAwarenessMessage(writeAwarenessEntries(this.#presence.snapshot()));
  }

  override webSocketClose(ws: WebSocket, code: number, reason: string): void {
    this.#forget(ws);
    // Complete the close handshake, so the client's close resolves now rather than on its timeout.
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
  }

  override webSocketError(ws: WebSocket): void {
    this.#forget(ws);
  }

  /** A socket left (or was closed): its client ids are freed and their states removed for everyone. */
  #forget(ws: WebSocket): void {
    try {
      this.#rates.delete(ws);
      this.#exportWhenEmpty(ws);
      const gone = this.#presence.forget(ws);
      if (gone.length) this.#broadcast(writeAwarenessMessage(writeAwarenessEntries(gone)), ws);
    } catch (err) {
      logError("room: cleaning up a closed socket failed", err);
    }
  }

  #broadcast(message: Uint8Array, except?: WebSocket): void {
    for (const ws of this.ctx.getWebSockets()) {
      if (ws === except) continue;
      try {
        ws.send(message);
      } catch {
        // A socket that is closing; its close handler cleans up.
      }
    }
  }

  #withinRate(ws: WebSocket): boolean {
    const now = Date.now();
    const rate = this.#rates.get(ws);
    if (!rate || now - rate.windowStart >= 1000) {
      this.#rates.set(ws, { windowStart: now, count: 1 });
      return true;
    }
    rate.count++;
    return rate.count <= RoomLimits.MAX_MESSAGES_PER_SECOND;
  }

  /** Closes each socket `pick` names a reason for; answers how many. */
  #closeWhere(pick: (connection: RoomConnection) => RoomCloseName | null): number {
    let closed = 0;
    for (const ws of this.ctx.getWebSockets()) {
      const name = pick(this.#connections.read(ws));
      if (name) {
        this.#close(ws, name);
        closed++;
      }
    }
    return closed;
  }

  #close(ws: WebSocket, name: RoomCloseName): void {
    try {
      ws.close(RoomClose[name].code, RoomClose[name].reason);
    } catch {
      // Already closed.
    }
    // Now, not when the client answers the close: a closed socket speaks for no one.
    this.#forget(ws);
  }

  // --- Typed RPC for the Worker -------------------------------------------------------

  /** Records which project this room serves (first call wins) and reports it. */
  info(projectId?: string): RoomInfo {
    if (projectId) this.#store.setMetaOnce("project_id", projectId);
    const createdAt = this.#store.setMetaOnce("created_at", new Date().toISOString());
    return { projectId: this.#store.getMeta("project_id") ?? null, createdAt };
  }

  /** The files with their resolved paths and sizes (deploys, search, export). */
  listFiles(): RoomFile[] {
    return listRoomFiles(this.#doc);
  }

  readFile(path: string): string | null {
    const id = findFile(this.#doc, path);
    return id ? (readText(this.#doc, id) ?? null) : null;
  }

  /** Several text files in one call (the AI's context); paths that are not text files are left out. */
  readTextFiles(paths: string[]): Array<{ path: string; text: string }> {
    return readTextFiles(this.#doc, paths);
  }

  /** Every file and the deploy settings, as a deploy snapshots them. */
  snapshotFiles(): { files: RoomSnapshotFile[]; deploySettingsJson: string } {
    return snapshotFiles(this.#doc);
  }

  /**
   * Writes text files as a named collaborator (imports, templates, AI agents): each edit
   * is persisted and reaches every connected client like anyone's typing.
   */
  writeFiles(files: Array<{ path: string; text: string }>, author: string): { written: number; errors: string[] } {
    return writeFilesAs(this.#doc, files, author);
  }

  /**
   * The project's access changed and Postgres raised its access version to `version`:
   * sockets whose tokens are older close now (`revokedUserIds`, people the Worker knows
   * have no access left, hear AccessRevoked; the rest reconnect with a fresh token), and
   * older tokens are refused from here on. Answers how many sockets closed.
   */
  bumpAccess(version: number, revokedUserIds: string[] = []): number {
    return this.#learnAccessVersion(version, revokedUserIds);
  }

  /** Deletes everything the room stores and refuses new connections: its project is gone. */
  async purge(): Promise<void> {
    for (const ws of this.ctx.getWebSockets()) this.#close(ws, "NotFound");
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.#load();
    this.#store.setMetaOnce("deleted", new Date().toISOString());
  }
}
