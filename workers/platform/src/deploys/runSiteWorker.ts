import { artifactKey, type Manifest } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";
import { closingWithBody } from "./closingWithBody.ts";
import { loadSiteWorker, siteRunOf } from "./loadSiteWorker.ts";
import { runOnSiteHost } from "./runOnSiteHost.ts";
import { outboundPolicyOf } from "./SiteOutbound.ts";
import { withoutDomainCookies, withoutPlatformCookies } from "./siteCookies.ts";
import { siteRequests } from "./siteRequests.ts";

/** The site's Worker did not answer within SITE_REQUEST_TIMEOUT_SECONDS. */
export class SiteTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the site's Worker did not answer within ${seconds} s`);
  }
}

/**
 * Runs a site's Worker through the Worker Loader (loadSiteWorker.ts: no bindings, the
 * owner's network grant, the CPU and subrequest limits) and waits for it at most
 * SITE_REQUEST_TIMEOUT_SECONDS, then throws SiteTimeout.
 *
 * workerd enforces neither limit locally, so the gateway counts subrequests
 * (siteRequests.ts) and the deadline bounds the wait. Where it runs:
 * - with SITE_HOST_URL (`npm start`), in the site host, a second workerd process
 *   (runOnSiteHost.ts): a Worker that spins holds that process's thread, not this one, the
 *   deadline still fires here, and the launcher restarts a host that stops answering its
 *   health check (scripts/lib/superviseSiteHost.ts);
 * - without it (the Worker test pool), in this Worker's own LOADER: a Worker that waits is
 *   cut off by the deadline (the abandoned request runs on, but its budget ends with it),
 *   one that spins holds this thread, the timer too, until it ends.
 * On Cloudflare (Workers for Platforms, dispatchSite.ts) the CPU limit is enforced.
 */
export async function runSiteWorker(env: Bindings, manifest: Manifest, request: Request): Promise<Response> {
  const run = siteRunOf(manifest, outboundPolicyOf(env));
  const visitor = withoutPlatformCookies(request);
  const stop = new AbortController();
  if (env.SITE_HOST_URL) {
    const answer = runOnSiteHost(env.SITE_HOST_URL, env.SITE_HOST_KEY ?? "", run, visitor, stop.signal);
    return withoutDomainCookies(await withDeadline(answer, siteTimeoutSeconds(env), stop));
  }
  const stub = loadSiteWorker(env.LOADER, run, async () => {
    const object = await env.BLOBS.get(artifactKey(run.hash));
    if (!object) throw new Error(`the Worker bundle ${run.hash} is missing from storage`);
    return object.text();
  });
  const close = siteRequests.open(run.isolate);
  try {
    const response = await withDeadline(stub.getEntrypoint().fetch(visitor), siteTimeoutSeconds(env), stop);
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

/** The answer, or SiteTimeout once `seconds` have passed (aborting `stop`); a late answer is dropped. */
async function withDeadline(answer: Promise<Response>, seconds: number, stop: AbortController): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      stop.abort();
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
