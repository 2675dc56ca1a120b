import { artifactKey, SITE_LIMITS, type Manifest } from "@wove/deploy";
import { exports } from "cloudflare:workers";
import type { Bindings } from "../AppEnv.ts";
import { outboundPolicyOf } from "./SiteOutbound.ts";
import { withoutDomainCookies, withoutPlatformCookies } from "./siteCookies.ts";
import { siteRequests } from "./siteRequests.ts";

/** The runtime version deployed Workers get; pinned so a platform upgrade changes none of them. */
const COMPATIBILITY_DATE = "2026-10-20";

/** The site's Worker did not answer within SITE_REQUEST_TIMEOUT_SECONDS. */
export class SiteTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the site's Worker did not answer within ${seconds} s`);
  }
}

/**
 * Runs a site's Worker through the Worker Loader. Its id carries the deployment, version
 * and network grant, so a new version or a changed grant is a new isolate and a rollback
 * reuses a warm one. It gets no bindings (`env: {}`) and CPU and subrequest limits. Its
 * network is the owner's grant (`manifest.worker.network`, from the site row at
 * activation): without one, `globalOutbound: null` makes every fetch and connect throw;
 * with one, every fetch goes through the platform's gateway (SiteOutbound.ts).
 *
 * workerd enforces neither limit locally, so the platform counts subrequests in the
 * gateway and stops waiting after SITE_REQUEST_TIMEOUT_SECONDS (throwing SiteTimeout); the
 * abandoned request runs on in its isolate, but its gateway budget ends with it. The
 * deadline holds for a Worker that waits, not for one that spins: under `npm start` a busy
 * loop holds the platform's thread (every request waits, the timer too) until it ends.
 * CPU is limited only on Cloudflare.
 */
export async function runSiteWorker(env: Bindings, manifest: Manifest, request: Request): Promise<Response> {
  const worker = manifest.worker;
  if (!worker) throw new Error("runSiteWorker: the manifest has no Worker");
  const isolate = `${manifest.deploymentId}:${manifest.version}:${worker.network ? "network" : "offline"}`;
  const stub = env.LOADER.get(isolate, async () => {
    const object = await env.BLOBS.get(artifactKey(worker.hash));
    if (!object) throw new Error(`the Worker bundle ${worker.hash} is missing from storage`);
    return {
      compatibilityDate: COMPATIBILITY_DATE,
      mainModule: "worker.js",
      modules: { "worker.js": await object.text() },
      env: {},
      globalOutbound: worker.network
        ? exports.SiteOutbound({ props: { isolate, policy: outboundPolicyOf(env) } })
        : null,
      // Per request: enough for a site's handler, too little to mine or to flood anyone.
      limits: SITE_LIMITS,
    };
  });
  const close = siteRequests.open(isolate);
  try {
    const answer = stub.getEntrypoint().fetch(withoutPlatformCookies(request));
    const response = await withDeadline(answer, siteTimeoutSeconds(env));
    return withoutDomainCookies(closingWithBody(response, close));
  } catch (err) {
    close();
    throw err;
  }
}

function siteTimeoutSeconds(env: Bindings): number {
  const seconds = Number(env.SITE_REQUEST_TIMEOUT_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 10;
}

/** The answer, or SiteTimeout once `seconds` have passed; a late answer is dropped. */
async function withDeadline(answer: Promise<Response>, seconds: number): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(new SiteTimeout(seconds));
    }, seconds * 1000);
  });
  answer.then((response) => (late ? response.body?.cancel() : undefined)).catch(() => {});
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The response, calling `close` once its body has been sent (or dropped): the request's budget lasts that long. */
function closingWithBody(response: Response, close: () => void): Response {
  // A WebSocket upgrade (101) carries its socket, not a body, and cannot be rebuilt.
  if (!response.body || response.webSocket) {
    close();
    return response;
  }
  const { readable, writable } = new TransformStream();
  response.body
    .pipeTo(writable)
    .catch(() => {})
    .finally(close);
  return new Response(readable, response);
}
