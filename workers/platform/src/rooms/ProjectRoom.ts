import { DurableObject } from "cloudflare:workers";
import * as Y from "yjs";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { closeForVersion } from "./accessVersion.ts";
import { listRoomFiles } from "./listRoomFiles.ts";
import { RoomEffects } from "./RoomEffects.ts";
import { RoomExporter } from "./RoomExporter.ts";
import type { RoomFile, RoomSnapshotFile } from "./RoomFile.ts";
import { RoomGate } from "./RoomGate.ts";
import { RoomSession } from "./RoomSession.ts";
import { RoomSockets } from "./RoomSockets.ts";
import { RoomStorage } from "./RoomStorage.ts";
import { readTextFiles } from "./readTextFiles.ts";
import { snapshotFiles } from "./snapshotFiles.ts";
import { writeFilesAs } from "./writeFilesAs.ts";
import { AgentLedger, type LedgerResult } from "./AgentLedger.ts";
import { applyAgentOp, type AgentOp } from "./applyAgentOp.ts";
import { agentPresence, type AgentActivity } from "./agentPresence.ts";
import { streamAgentWrite } from "./streamAgentWrite.ts";
import {
  appendRunLog,
  isFinishedRun,
  textOf,
  putRun,
  readRun,
  revertChanges,
  type AgentRunFields,
  type AgentRunView,
  type RunLogEntry,
} from "@wove/protocol";

/**
 * One room per project (named by its id: `ROOMS.getByName(projectId)`), with hibernatable
 * sockets. This class only routes the Durable Object's events to the parts: RoomSession
 * (the document, presence and the protocol's rules, pure), RoomEffects (which performs
 * what the session decides on the sockets, storage and alarm), RoomStorage (durability),
 * RoomExporter (Postgres and R2) and RoomGate (who may connect).
 */
export class ProjectRoom extends DurableObject<Bindings> {
  #store!: RoomStorage;
  #session!: RoomSession<WebSocket>;
  /** The sockets with each one's user, role and presence (its attachment survives hibernation). */
  #sockets = new RoomSockets(() => this.ctx.getWebSockets());
  #exporter!: RoomExporter;
  #effects!: RoomEffects;
  #gate!: RoomGate;
  #ledger!: AgentLedger;
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
    const projectId = this.#projectId;
    this.#store = new RoomStorage(this.ctx.storage);
    this.#exporter = new RoomExporter(this.#store);
    this.#ledger = new AgentLedger(this.ctx.storage.sql);
    this.#session = new RoomSession(this.#store.load());
    const { ctx, env } = this;
    const parts = { projectId, session: this.#session, sockets: this.#sockets, store: this.#store };
    this.#effects = new RoomEffects({ ...parts, exporter: this.#exporter, alarm: ctx.storage, gate: () => this.#gate });
    this.#gate = new RoomGate(this.#store, env.ROOM_TOKEN_PRIVATE_KEY, projectId, (version, revoked) =>
      this.#effects.closeWhere((c) => closeForVersion(c, version, revoked)),
    );
    this.#deleted = this.#store.getMeta("deleted") !== undefined;
    // Once per room, not per connect: a woken room reads it and writes nothing.
    if (this.#store.getMeta("created_at") === undefined) {
      this.#store.setMeta("project_id", projectId);
      this.#store.setMeta("created_at", new Date().toISOString());
    }
    for (const ws of this.#sockets.all()) this.#session.restore(ws, this.#sockets.connection(ws));
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade", { status: 426 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    const admitted = this.#deleted ? "NotFound" : await this.#gate.admit(request, this.#sockets.connections());
    if (typeof admitted === "string") {
      server.accept();
      this.#sockets.close(server, admitted);
    } else {
      this.ctx.acceptWebSocket(server);
      this.#effects.perform(this.#session.join(server, admitted));
      await this.#effects.armExpiry(admitted.expiresAt);
    }
    return new Response(null, { status: 101, webSocket: client });
  }

  override webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    // One bad client must never take the room down: a failure here closes only its socket.
    try {
      const at = { now: Date.now(), storedBytes: this.#store.storedBytes };
      this.#effects.perform(this.#session.receive(ws, this.#sockets.connection(ws), message, at));
    } catch (err) {
      this.#effects.perform(this.#session.close(ws, "Malformed", err));
    }
  }

  override webSocketClose(ws: WebSocket, code: number, reason: string): void {
    this.#forget(ws);
    // Complete the close handshake, so the client's close resolves now rather than on its timeout.
    this.#sockets.closeWith(ws, code === 1005 || code === 1006 ? 1000 : code, reason);
  }

  override webSocketError(ws: WebSocket): void {
    this.#forget(ws);
  }

  /** A socket left: the session frees its presence, and the last one out owes the snapshot. */
  #forget(ws: WebSocket): void {
    try {
      this.#effects.perform(this.#session.leave(ws, this.#sockets.connection(ws)));
      this.#effects.exportWhenEmpty(ws);
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
    this.#effects.closeAll(this.#sockets.expired(now));
    if (this.#deleted) return;
    const room = { files: () => this.listFiles(), snapshot: () => Y.encodeStateAsUpdate(this.#session.doc) };
    const next = await this.#exporter.run(this.env, this.#projectId, room, !this.#sockets.anyOpen(), now);
    if (next !== null) await this.ctx.storage.setAlarm(next);
    // Sockets closed above may still be listed while they finish closing.
    await this.#effects.armExpiry(this.#sockets.nextExpiry(now));
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
    this.#effects.perform(this.#session.flush());
    return result;
  }

  /** Writes an agent run's live view (SPEC D16): its fields, and log lines appended. */
  agentRun(runId: string, fields: Partial<AgentRunFields>, log: RunLogEntry[] = []): void {
    const doc = this.#session.doc;
    if (Object.keys(fields).length) putRun(doc, runId, { ...fields, updatedAt: Date.now() }, { author: "agent" });
    appendRunLog(doc, runId, log, { author: "agent" });
    this.#effects.perform(this.#session.flush());
    // Done, or waiting for people: the agent is no longer at work in a file.
    if (fields.status && (isFinishedRun(fields.status) || fields.status === "awaiting_approval")) {
      this.#effects.perform(this.#session.setAgentPresence(null));
    }
  }

  /**
   * Applies one of the agent's file operations, once per tool call (AgentLedger): a Workflow
   * step repeated after a crash gets the first answer back instead of a second edit.
   */
  agentApply(runId: string, callId: string, op: AgentOp, starter = "someone"): LedgerResult {
    const done = this.#ledger.find(runId, callId);
    if (done) return done;
    const doc = this.#session.doc;
    const origin = { author: `agent:${runId}` };
    const stream = op.kind === "write" ? this.#ledger.stream(runId, callId) : undefined;
    if (stream && op.kind === "write") {
      // The file streamed in as the model wrote it: what remains goes where the agent left off.
      const step = streamAgentWrite(doc, stream, op.path, op.content, origin);
      this.#ledger.endStream(runId, callId);
      if (step.ok) {
        const result = { ok: true, message: `created ${op.path}`, paths: [op.path] };
        this.#ledger.record(runId, callId, result, step.record);
        this.#showAgent(runId, starter, "writing", step.stream.fileId, step.cursor);
        return result;
      }
      // Someone deleted the file while it streamed: it is written again, whole.
    }
    const { result, record, at } = applyAgentOp(doc, op, origin);
    this.#ledger.record(runId, callId, result, record);
    if (at) this.#showAgent(runId, starter, "editing", at.fileId, at.index);
    else this.#effects.perform(this.#session.flush());
    return result;
  }

  /**
   * Writes a `write_file` into a new file as the model streams it (streamAgentWrite): `text` is
   * its content so far. Answers false when the call does not stream (its file exists, or it
   * was applied already); the call's agentApply then writes it whole.
   */
  agentStream(runId: string, callId: string, path: string, text: string, starter: string): boolean {
    if (this.#ledger.find(runId, callId)) return false;
    const doc = this.#session.doc;
    const step = streamAgentWrite(doc, this.#ledger.stream(runId, callId), path, text, { author: `agent:${runId}` });
    if (!step.ok) return false;
    this.#ledger.streamed(runId, callId, step.stream, step.record, path);
    this.#showAgent(runId, starter, "writing", step.stream.fileId, step.cursor);
    return true;
  }

  /** Takes back what a call streamed when its arguments turned out bad (it is never applied). */
  agentDropStream(runId: string, callId: string): void {
    const pieces = this.#ledger.dropStream(runId, callId);
    if (pieces.length === 0) return;
    revertChanges(this.#session.doc, pieces, { author: `agent:${runId}` });
    this.#effects.perform(this.#session.flush());
  }

  /** The document's changes out, then the agent shown in `fileId` with its caret at `index`. */
  #showAgent(runId: string, starter: string, activity: AgentActivity, fileId: string, index?: number): void {
    const doc = this.#session.doc;
    this.#effects.perform(this.#session.flush());
    const state = agentPresence({ runId, for: starter, activity, fileId, ytext: textOf(doc, fileId), index });
    this.#effects.perform(this.#session.setAgentPresence(state));
  }

  /** Reverts every change the run made, in one transaction, keeping what people typed (SPEC D18). */
  agentUndo(runId: string, author: string): { reverted: number; skipped: string[] } {
    const result = revertChanges(this.#session.doc, this.#ledger.changes(runId), { author });
    this.#ledger.markUndone(runId);
    this.#effects.perform(this.#session.flush());
    return result;
  }

  /** One run's live view (its log lives only here). */
  agentRunView(runId: string): AgentRunView | null {
    return readRun(this.#session.doc, runId) ?? null;
  }

  /** The project's "run without asking" setting (`meta.agentAutoApprove`). */
  agentAutoApprove(): boolean {
    return this.#session.doc.getMap("meta").get("agentAutoApprove") === true;
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
    this.#effects.closeWhere(() => "NotFound");
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.#load();
    this.#store.setMetaOnce("deleted", new Date().toISOString());
    this.#deleted = true;
  }
}
