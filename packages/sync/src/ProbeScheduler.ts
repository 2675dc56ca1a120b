/**
 * When the client sends the room a probe (a sync step 1, whose answer confirms every change
 * sent before it). Each probe costs the room a pass over the whole document (it answers
 * with `encodeStateAsUpdate(doc, stateVector)`), so probes wait for typing to pause
 * (`idleMs` without a local change) and are at least `minIntervalMs` apart; a burst that
 * never pauses is still probed `maxWaitMs` after its first unprobed change, so a long
 * stream of edits (an AI writing a file) keeps being confirmed. Every change is followed by
 * a probe unless `cancel()` (the socket closed: the next connection's handshake probes).
 */
export interface ProbeTiming {
  idleMs: number;
  minIntervalMs: number;
  maxWaitMs: number;
}

export const DEFAULT_PROBE_TIMING: ProbeTiming = { idleMs: 300, minIntervalMs: 1_000, maxWaitMs: 5_000 };

export class ProbeScheduler {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet followed by a probe was made, or null if none is. */
  #firstChangeAt: number | null = null;
  #lastChangeAt = 0;
  #lastProbeAt = -Infinity;

  constructor(
    private readonly probe: () => void,
    private readonly timing: ProbeTiming = DEFAULT_PROBE_TIMING,
  ) {}

  /** A local change was sent: a probe must follow it. */
  changed(): void {
    const now = Date.now();
    this.#firstChangeAt ??= now;
    this.#lastChangeAt = now;
    const { idleMs, minIntervalMs, maxWaitMs } = this.timing;
    const at = Math.max(
      Math.min(this.#lastChangeAt + idleMs, this.#firstChangeAt + maxWaitMs),
      this.#lastProbeAt + minIntervalMs,
    );
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, at - now));
  }

  /** Forgets the changes waiting for a probe. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firstChangeAt = null;
  }

  #fire(): void {
    this.#timer = undefined;
    this.#firstChangeAt = null;
    this.#lastProbeAt = Date.now();
    this.probe();
  }
}
