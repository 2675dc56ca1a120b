import { SITE_LIMITS, type Manifest } from "@wove/deploy";
import { exports } from "cloudflare:workers";
import type { OutboundPolicy } from "./outboundRule.ts";

/** The runtime version deployed Workers get; pinned so a platform upgrade changes none of them. */
const COMPATIBILITY_DATE = "2026-10-20";

/** What running a site's Worker needs, wherever it runs: the platform's loader or the site host's. */
export interface SiteRun {
  /** The Worker Loader id: deployment, version and network grant (see siteRunOf). */
  isolate: string;
  /** The bundle's content hash (`artifactKey(hash)` in BLOBS). */
  hash: string;
  network: boolean;
  policy: OutboundPolicy;
}

/**
 * The run of `manifest`'s Worker. Its isolate id carries the deployment, version and
 * network grant, so a new version or a changed grant is a new isolate and a rollback
 * reuses a warm one.
 */
export function siteRunOf(manifest: Manifest, policy: OutboundPolicy): SiteRun {
  const worker = manifest.worker;
  if (!worker) throw new Error("siteRunOf: the manifest has no Worker");
  const isolate = `${manifest.deploymentId}:${manifest.version}:${worker.network ? "network" : "offline"}`;
  return { isolate, hash: worker.hash, network: worker.network === true, policy };
}

/**
 * The site's Worker in `loader`, loaded from `code()` when it is not warm. It gets no
 * bindings (`env: {}`) and the CPU and subrequest limits. Without a network grant,
 * `globalOutbound: null` makes every fetch and connect throw; with one, every fetch goes
 * through the gateway (SiteOutbound.ts), which must be exported by the Worker calling
 * this (the platform, or the site host), since `exports` is that Worker's own.
 */
export function loadSiteWorker(loader: WorkerLoader, run: SiteRun, code: () => Promise<string>): WorkerStub {
  return loader.get(run.isolate, async () => ({
    compatibilityDate: COMPATIBILITY_DATE,
    mainModule: "worker.js",
    modules: { "worker.js": await code() },
    env: {},
    globalOutbound: run.network ? exports.SiteOutbound({ props: { isolate: run.isolate, policy: run.policy } }) : null,
    // Per request: enough for a site's handler, too little to mine or to flood anyone.
    limits: SITE_LIMITS,
  }));
}
