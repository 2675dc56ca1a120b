import {
  changedFileIds,
  readRoomClose,
  readRoomMessage,
  RoomClose,
  SyncType,
  writeAuthToken,
  writeAwarenessMessage,
  writeSyncMessage,
  type RoomCloseName,
} from "@wove/protocol";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { backoffDelay, DEFAULT_BACKOFF, type Backoff } from "./backoffDelay.ts";
import { hidePresenceOnPageHide } from "./hidePresenceOnPageHide.ts";
import { LivenessWatch, type Liveness } from "./LivenessWatch.ts";
import { PendingChanges } from "./PendingChanges.ts";
import { ProbeScheduler, type ProbeTiming } from "./ProbeScheduler.ts";
import { refreshDelay } from "./refreshDelay.ts";

export type RoomStatus = "connecting" | "synced" | "offline" | "closed";

export interface RoomClientOptions {
  /** `ws(s)://<host>/api/projects/<id>/sync`, without the token. */
  url: string;
  doc: Y.Doc;
  /**
   * A fresh room token: asked for on every (re)connect, since tokens are short-lived, and
   * before the open socket's token expires (sent to the room, which would otherwise close
   * the socket then).
   */
  getToken: () => Promise<string>;
  /** For Node: the `ws` package's WebSocket. Browsers have their own. */
  WebSocket?: typeof globalThis.WebSocket;
  backoff?: Backoff;
  /** Connect now (default) or wait for `connect()`. */
  connect?: boolean;
  /** When a silent socket is pinged and when it is given up (see LivenessWatch). */
  liveness?: Liveness;
  /** When local changes are followed by a probe (see ProbeScheduler). */
  probeTiming?: ProbeTiming;
}

export interface RoomClientEvents {
  status: (status: RoomStatus) => void;
  /** Local changes the room has not yet confirmed it stored. */
  pending: (count: number) => void;
  /** The room refused a write: this user is a viewer. */
  denied: (reason: string) => void;
  /** The room closed for good (no retry can help): why. */
  closed: (reason: RoomCloseName | "destroyed") => void;
  /** `getToken` failed (the client keeps retrying): the app decides whether the session ended. */
  tokenError: (error: unknown) => void;
}

type Listener<K extends keyof RoomClientEvents> = RoomClientEvents[K];

/**
 * Keeps a Y.Doc in sync with its project's room over the y-websocket protocol.
 *
 * Confirmation: the protocol has no acknowledgements, but a room answers a sync step 1
 * only after everything sent before it was stored (it appends before it answers). So
 * after sending changes the client sends a step 1 as a probe, and the step 2 that
 * answers it confirms every change sent before. Probes wait for a pause in typing
 * (ProbeScheduler): each costs the room a pass over the whole document.
 *
 * In a browser it also takes its presence away when the page goes (hidePresenceOnPageHide).
 */
export class RoomClient {
  readonly awareness: awarenessProtocol.Awareness;
  #status: RoomStatus = "offline";
  #ws: WebSocket | null = null;
  #shouldConnect: boolean;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #probeScheduler: ProbeScheduler;
  #liveness: LivenessWatch | undefined;
  #stopHidingPresence: () => void;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #pending = new PendingChanges();
  #awaitingOpenReply = false;
  #listeners: { [K in keyof RoomClientEvents]: Set<Listener<K>> } = {
    status: new Set(),
    pending: new Set(),
    denied: new Set(),
    closed: new Set(),
    tokenError: new Set(),
  };

  constructor(private readonly options: RoomClientOptions) {
    this.awareness = new awarenessProtocol.Awareness(options.doc);
    options.doc.on("update", this.#onDocUpdate);
    this.awareness.on("update", this.#onAwarenessUpdate);
    this.#shouldConnect = options.connect ?? true;
    this.#probeScheduler = new ProbeScheduler(() => this.#probe(), options.probeTiming);
    globalThis.addEventListener?.("online", this.#onOnline);
    globalThis.addEventListener?.("offline", this.#onOffline);
    this.#stopHidingPresence = hidePresenceOnPageHide(this.awareness);
    if (this.#shouldConnect) void this.#open();
  }

  get status(): RoomStatus {
    return this.#status;
  }

  /** Local changes (Yjs updates: about one per keystroke) the room has not confirmed yet. */
  get pendingChanges(): number {
    return this.#pending.count;
  }

  /**
   * The files those changes touched, as a person counts their unsynced work ("edits in 1
   * file"), which a count of updates is not. Edits made before a reload and not confirmed
   * then are pending with no file known: they are sent as one state difference, not as the
   * transactions that made them.
   */
  get pendingFiles(): ReadonlySet<string> {
    return this.#pending.files;
  }

  on<K extends keyof RoomClientEvents>(event: K, listener: Listener<K>): () => void {
    this.#listeners[event].add(listener);
    return () => this.#listeners[event].delete(listener);
  }

  connect(): void {
    this.#shouldConnect = true;
    if (!this.#ws && this.#status !== "connecting") void this.#open();
  }

  /** Goes offline on purpose: edits keep counting as pending until `connect()`. */
  disconnect(): void {
    this.#shouldConnect = false;
    clearTimeout(this.#timer);
    const ws = this.#ws;
    if (ws) {
      this.#onClose(ws, 1000);
      ws.close(1000, "client disconnected");
    }
  }

  destroy(): void {
    this.disconnect();
    this.options.doc.off("update", this.#onDocUpdate);
    this.awareness.off("update", this.#onAwarenessUpdate);
    this.awareness.destroy();
    globalThis.removeEventListener?.("online", this.#onOnline);
    globalThis.removeEventListener?.("offline", this.#onOffline);
    this.#stopHidingPresence();
    this.#setStatus("closed");
    this.#emit("closed", "destroyed");
  }

  async #open(): Promise<void> {
    this.#setStatus("connecting");
    let token: string;
    try {
      token = await this.options.getToken();
    } catch (err) {
      this.#emit("tokenError", err);
      return this.#scheduleReconnect();
    }
    if (!this.#shouldConnect) return this.#setStatus("offline");
    const Socket = this.options.WebSocket ?? globalThis.WebSocket;
    const ws = new Socket(`${this.options.url}?token=${encodeURIComponent(token)}`);
    ws.binaryType = "arraybuffer";
    this.#ws = ws;
    this.#scheduleRefresh(ws, token);
    this.#liveness?.stop();
    this.#liveness = new LivenessWatch(
      {
        // A text frame: the room's auto-response answers it without waking the room.
        ping: () => ws.readyState === 1 && ws.send("ping"),
        dead: () => this.#giveUp(ws),
      },
      this.options.liveness,
    );
    ws.onopen = () => {
      this.#awaitingOpenReply = true;
      ws.send(writeSyncMessage(SyncType.Step1, Y.encodeStateVector(this.options.doc)));
      if (this.awareness.getLocalState() !== null) {
        ws.send(
          writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.options.doc.clientID])),
        );
      }
    };
    ws.onmessage = (event: MessageEvent) => {
      if (this.#ws === ws) this.#liveness?.received();
      if (event.data instanceof ArrayBuffer) this.#receive(ws, new Uint8Array(event.data));
    };
    ws.onclose = (event: CloseEvent) => this.#onClose(ws, event.code);
    // A failed connection also closes, and the close reconnects; Node's ws throws an error
    // event nobody listens for.
    ws.onerror = () => {};
  }

  #receive(ws: WebSocket, frame: Uint8Array): void {
    const message = readRoomMessage(frame);
    switch (message.type) {
      case "sync-step1": {
        // The room's state vector: send what it lacks (edits made offline, perhaps before a
        // reload, so not counted yet), then probe.
        const missing = Y.encodeStateAsUpdate(this.options.doc, message.stateVector);
        const { structs, ds } = Y.decodeUpdate(missing);
        if ((structs.length || ds.clients.size) && this.pendingChanges === 0) {
          this.#pending.add();
          this.#emit("pending", this.pendingChanges);
        }
        ws.send(writeSyncMessage(SyncType.Step2, missing));
        this.#probe();
        return;
      }
      case "sync-step2":
        Y.applyUpdate(this.options.doc, message.update, this);
        if (this.#awaitingOpenReply) {
          // The answer to the step 1 sent on open: the room's content has arrived.
          this.#awaitingOpenReply = false;
          this.#attempt = 0;
          this.#setStatus("synced");
        } else if (this.#pending.probeAnswered()) {
          this.#emit("pending", this.pendingChanges);
        }
        return;
      case "sync-update":
        Y.applyUpdate(this.options.doc, message.update, this);
        return;
      case "awareness":
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, this);
        return;
      case "auth":
        this.#emit("denied", message.reason);
        return;
      case "query-awareness":
        ws.send(
          writeAwarenessMessage(
            awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
          ),
        );
        return;
    }
  }

  #onDocUpdate = (update: Uint8Array, origin: unknown, doc: Y.Doc, transaction: Y.Transaction) => {
    if (origin === this) return;
    this.#pending.add(changedFileIds(doc, transaction));
    this.#emit("pending", this.pendingChanges);
    if (this.#status === "synced" && this.#ws?.readyState === 1) {
      this.#ws.send(writeSyncMessage(SyncType.Update, update));
      this.#probeScheduler.changed();
    }
  };

  #onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === this || this.#ws?.readyState !== 1) return;
    const changed = [...added, ...updated, ...removed];
    this.#ws.send(writeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };

  #probe(): void {
    if (this.#ws?.readyState !== 1) return;
    this.#pending.probeSent();
    this.#ws.send(writeSyncMessage(SyncType.Step1, Y.encodeStateVector(this.options.doc)));
  }

  /** Sends the room a fresh token before `token` expires, and again before that one does. */
  #scheduleRefresh(ws: WebSocket, token: string): void {
    clearTimeout(this.#refreshTimer);
    const delay = refreshDelay(token);
    if (delay === null) return;
    this.#refreshTimer = setTimeout(() => void this.#refresh(ws, delay / 3), delay);
  }

  async #refresh(ws: WebSocket, leftMs: number): Promise<void> {
    let token: string;
    try {
      token = await this.options.getToken();
    } catch (err) {
      this.#emit("tokenError", err);
      // Try once more before the old token ends; past it the room closes the socket, and
      // reconnecting asks for a token again.
      if (this.#ws === ws && leftMs > 2_000) {
        this.#refreshTimer = setTimeout(() => void this.#refresh(ws, leftMs / 2), leftMs / 2);
      }
      return;
    }
    if (this.#ws !== ws || ws.readyState !== 1) return;
    ws.send(writeAuthToken(token));
    this.#scheduleRefresh(ws, token);
  }

  #onClose(ws: WebSocket, code: number): void {
    if (this.#ws !== ws) return;
    this.#ws = null;
    clearTimeout(this.#refreshTimer);
    this.#pending.connectionLost();
    this.#probeScheduler.cancel();
    this.#liveness?.stop();
    this.#liveness = undefined;
    // Others' cursors are stale once we cannot hear them.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.options.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    const name = readRoomClose(code);
    if (name && !RoomClose[name].retry) {
      this.#shouldConnect = false;
      this.#setStatus("closed");
      this.#emit("closed", name);
      return;
    }
    this.#setStatus("offline");
    if (this.#shouldConnect) this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (!this.#shouldConnect) return this.#setStatus("offline");
    this.#setStatus("offline");
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => void this.#open(),
      backoffDelay(this.#attempt++, this.options.backoff ?? DEFAULT_BACKOFF),
    );
  }

  /** The socket has been silent too long (see LivenessWatch): start over on a new one. */
  #giveUp(ws: WebSocket): void {
    if (this.#ws !== ws) return;
    this.#onClose(ws, 1006);
    ws.close(1000, "no answer");
  }

  #onOnline = () => {
    // The network is back: try now rather than at the end of the backoff.
    if (this.#shouldConnect && !this.#ws) {
      clearTimeout(this.#timer);
      this.#attempt = 0;
      void this.#open();
    }
  };

  #onOffline = () => {
    // The browser knows the network is gone; a socket can take minutes to notice. Say
    // offline now, and keep every change pending until a new connection confirms it.
    const ws = this.#ws;
    if (!ws) return;
    this.#onClose(ws, 1006);
    ws.close(1000, "offline");
  };

  #setStatus(status: RoomStatus): void {
    if (this.#status === status) return;
    this.#status = status;
    this.#emit("status", status);
  }

  #emit<K extends keyof RoomClientEvents>(event: K, ...args: Parameters<RoomClientEvents[K]>): void {
    for (const listener of this.#listeners[event])
      (listener as (...a: Parameters<RoomClientEvents[K]>) => void)(...args);
  }
}
