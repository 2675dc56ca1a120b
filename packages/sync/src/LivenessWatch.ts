/**
 * Notices a dead link, as y-websocket's `messageReconnectTimeout` does: a socket that has
 * received nothing for `timeoutMs` is taken for dead (a laptop that slept, a NAT that
 * dropped the flow: TCP can take many minutes to say so). A healthy room is never that
 * quiet for a client that shows presence (it relays each awareness renewal, every 15 s,
 * back to its sender too), but a client without presence may hear nothing at all, so
 * after `pingAfterMs` of silence the client sends a "ping", which the room answers with a
 * "pong" without waking (its WebSocket auto-response). The clock starts when the socket is
 * created, so a connection that never opens counts as silent too.
 */
export interface Liveness {
  pingAfterMs: number;
  timeoutMs: number;
}

export const DEFAULT_LIVENESS: Liveness = { pingAfterMs: 10_000, timeoutMs: 30_000 };

export interface LivenessHandlers {
  /** Silent for `pingAfterMs`: ask the room for a sign of life. */
  ping(): void;
  /** Silent for `timeoutMs`: close the socket and reconnect. */
  dead(): void;
}

export class LivenessWatch {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastReceivedAt = Date.now();
  #pinged = false;

  constructor(
    private readonly handlers: LivenessHandlers,
    private readonly liveness: Liveness = DEFAULT_LIVENESS,
  ) {
    this.#arm(liveness.pingAfterMs);
  }

  /**
   * Anything arrived. Called for every frame, so it only notes the time: the timer, set
   * for the earliest moment silence could matter, looks again when it fires.
   */
  received(): void {
    this.#lastReceivedAt = Date.now();
    this.#pinged = false;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #check(): void {
    const silentMs = Date.now() - this.#lastReceivedAt;
    const { pingAfterMs, timeoutMs } = this.liveness;
    if (silentMs >= timeoutMs) {
      this.#timer = undefined;
      return this.handlers.dead();
    }
    if (silentMs >= pingAfterMs && !this.#pinged) {
      this.#pinged = true;
      this.handlers.ping();
    }
    // Looks again at least every `pingAfterMs`, so a link that answered a ping and then
    // fell silent is pinged again on time.
    this.#arm(Math.min((this.#pinged ? timeoutMs : pingAfterMs) - silentMs, pingAfterMs));
  }

  #arm(ms: number): void {
    this.#timer = setTimeout(() => this.#check(), Math.max(0, ms));
  }
}
