import { readRoomMessage, SyncType, writeSyncMessage } from "@wove/protocol";
import * as Y from "yjs";
import { fetchApp } from "../fetchApp.ts";
import type { Client } from "./Client.ts";

/**
 * A collaborator speaking the y-websocket protocol to a room over a real workerd
 * WebSocket: the same frames the stock client sends, from a Y.Doc of its own.
 */
export class RoomPeer {
  readonly doc = new Y.Doc();
  readonly denied: string[] = [];
  readonly awareness: Uint8Array[] = [];
  readonly texts: string[] = [];
  closed: { code: number; reason: string } | null = null;

  private constructor(readonly ws: WebSocket) {
    // workerd hands client-side binary frames over as Blobs; keep their order.
    let queue = Promise.resolve();
    ws.addEventListener("message", (event) => {
      const data: unknown = event.data;
      queue = queue.then(async () => this.#receive(data instanceof Blob ? await data.arrayBuffer() : data));
    });
    ws.addEventListener("close", (event) => (this.closed = { code: event.code, reason: event.reason }));
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this && !this.closed) ws.send(writeSyncMessage(SyncType.Update, update));
    });
  }

  /** Connects with `token`; `headers` as the client sends them (e.g. its CF-Connecting-IP). */
  static async connect(projectId: string, token: string, headers: Record<string, string> = {}): Promise<RoomPeer> {
    const res = await fetchApp(`/api/projects/${projectId}/sync?token=${encodeURIComponent(token)}`, {
      headers: { ...headers, upgrade: "websocket" },
    });
    const ws = res.webSocket;
    if (!ws) throw new Error(`no WebSocket: HTTP ${res.status}`);
    ws.accept();
    const peer = new RoomPeer(ws);
    ws.send(writeSyncMessage(SyncType.Step1, Y.encodeStateVector(peer.doc)));
    return peer;
  }

  /** Joins as `client` with a fresh room token. */
  static async join(client: Client, projectId: string): Promise<RoomPeer> {
    const res = await client.json<{ token: string }>(`/api/projects/${projectId}/room-token`, { method: "POST" });
    if (res.status !== 200) throw new Error(`no room token: ${JSON.stringify(res.body)}`);
    return RoomPeer.connect(projectId, res.body.token, { "cf-connecting-ip": client.ip });
  }

  get text(): string {
    return this.doc.getText("t").toString();
  }

  #receive(data: unknown): void {
    if (typeof data === "string") this.texts.push(data);
    if (!(data instanceof ArrayBuffer)) return;
    const message = readRoomMessage(new Uint8Array(data));
    // A frame that arrived just before the room closed us needs no answer.
    if (message.type === "sync-step1" && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(writeSyncMessage(SyncType.Step2, Y.encodeStateAsUpdate(this.doc, message.stateVector)));
    } else if (message.type === "sync-step2" || message.type === "sync-update") {
      Y.applyUpdate(this.doc, message.update, this);
    } else if (message.type === "auth") {
      this.denied.push(message.reason);
    } else if (message.type === "awareness") {
      this.awareness.push(message.update);
    }
  }

  close(): void {
    if (!this.closed) this.ws.close(1000, "done");
  }
}
