/**
 * The launcher's decisions about the local site host (superviseSiteHost.ts), pure so each
 * sequence of health probes can be tried in a test. A spinning site holds the host's one
 * thread, so its `GET /health` stops answering: `missesToRestart` failed probes in a row
 * (a timeout counts as a miss) restart it. A host that is starting may miss up to
 * `probesToStart` probes (wrangler bundles and starts workerd first); one that never comes
 * up, or exits while starting, is a failed start, and `failedStartsToGiveUp` of those in a
 * row end the launcher, since restarting a host that cannot start would loop forever.
 * A host that exits after it was up is restarted.
 */
export type SiteHostAction =
  /** Nothing to do; probe again later. */
  | "wait"
  /** The host answered for the first time since it was (re)started. */
  | "up"
  /** Stop the host's processes and start it again (then call `restarting`). */
  | "restart"
  /** Stop everything: the host cannot start. */
  | "give-up";

export interface SiteHostWatchOptions {
  missesToRestart: number;
  probesToStart: number;
  failedStartsToGiveUp: number;
}

export class SiteHostWatch {
  #up = false;
  #misses = 0;
  #startProbes = 0;
  #failedStarts = 0;

  constructor(readonly options: SiteHostWatchOptions) {}

  /** Whether the host has answered since it was last (re)started. */
  get up(): boolean {
    return this.#up;
  }

  /** One health probe's result. */
  probed(healthy: boolean): SiteHostAction {
    if (this.#up) {
      this.#misses = healthy ? 0 : this.#misses + 1;
      return this.#misses >= this.options.missesToRestart ? "restart" : "wait";
    }
    if (healthy) {
      this.#up = true;
      this.#failedStarts = 0;
      return "up";
    }
    this.#startProbes++;
    return this.#startProbes >= this.options.probesToStart ? this.#failedStart() : "wait";
  }

  /** The host's process exited without being asked to. */
  exited(): SiteHostAction {
    return this.#up ? "restart" : this.#failedStart();
  }

  /** The host is being started again: it has a new start's allowance of probes. */
  restarting(): void {
    this.#up = false;
    this.#misses = 0;
    this.#startProbes = 0;
  }

  #failedStart(): SiteHostAction {
    this.#failedStarts++;
    return this.#failedStarts >= this.options.failedStartsToGiveUp ? "give-up" : "restart";
  }
}
