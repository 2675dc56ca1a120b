import { SITE_LIMITS } from "@wove/deploy";

/**
 * The subrequest budget of deployed Workers run by the Worker Loader. workerd does not
 * enforce the loader's `limits` (cpuMs, subRequests) locally, and the outbound gateway
 * cannot tell which visitor's request a fetch belongs to, so budgets are pooled per
 * isolate: while n requests to it are in flight it may make n × `perRequest` subrequests
 * in all, and when the last one ends its count starts over. Sequential requests each get
 * exactly `perRequest`; a fetch made after every request ended (a `waitUntil` left
 * running) finds no budget and is refused.
 *
 * State lives in the isolate of the Worker that runs the site, shared by whoever opens a
 * request (runSiteWorker.ts in the platform; the site host's SiteHost.ts under `npm start`)
 * and the gateway it exports (which spends it). A gateway that ever ran in another isolate
 * would find no open request and refuse everything: the budget fails closed.
 */
export class SiteRequests {
  readonly #open = new Map<string, { requests: number; spent: number }>();

  constructor(readonly perRequest: number) {}

  /** Marks one request to `isolate` as in flight; call the answer when it has ended. */
  open(isolate: string): () => void {
    const entry = this.#open.get(isolate) ?? { requests: 0, spent: 0 };
    entry.requests++;
    this.#open.set(isolate, entry);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      entry.requests--;
      if (entry.requests === 0) this.#open.delete(isolate);
    };
  }

  /** Spends one subrequest of `isolate`'s budget; false when none is left (or no request is open). */
  spend(isolate: string): boolean {
    const entry = this.#open.get(isolate);
    if (!entry || entry.spent >= entry.requests * this.perRequest) return false;
    entry.spent++;
    return true;
  }
}

/** The platform isolate's one budget book (see above for why it is module state). */
export const siteRequests = new SiteRequests(SITE_LIMITS.subRequests);
