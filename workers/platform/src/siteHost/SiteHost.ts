import { closingWithBody } from "../deploys/closingWithBody.ts";
import { loadSiteWorker } from "../deploys/loadSiteWorker.ts";
import { siteRequests } from "../deploys/siteRequests.ts";
import { readSiteHostRequest, SITE_HOST_KEY_HEADER, writeSiteHostFailure } from "./siteHostRequest.ts";

/** The site host's settings, written by the launcher into its private env file. */
export interface SiteHostEnv {
  LOADER: WorkerLoader;
  /** The per-start secret the platform presents, and the host presents back for bundles. */
  SITE_HOST_KEY: string;
  /** Where the platform answers, for bundles (routes/getSiteBundle.ts). */
  PLATFORM_URL: string;
}

/**
 * The local site host: a second workerd process that `npm start` runs beside the platform
 * (scripts/lib/superviseSiteHost.ts) so that deployed Workers run on its thread, not the
 * platform's. It runs one visitor request per platform request (siteHostRequest.ts)
 * through its own Worker Loader, with the same isolate ids, `env: {}`, gateway and
 * subrequest budget as the platform's own loader would (loadSiteWorker.ts,
 * SiteOutbound.ts, siteRequests.ts), and answers `GET /health` for the launcher, which
 * restarts it when a spinning site keeps that from answering. It keeps nothing: a restart
 * loses only warm isolates, which it loads again from the platform.
 */
export async function runSite(env: SiteHostEnv, request: Request): Promise<Response> {
  const read = await readSiteHostRequest(request, env.SITE_HOST_KEY);
  if (!read.ok) return writeSiteHostFailure(read.status, read.message);
  const { run } = read;
  const close = siteRequests.open(run.isolate);
  try {
    const stub = loadSiteWorker(env.LOADER, run, () => fetchBundle(env, run.hash));
    return closingWithBody(await stub.getEntrypoint().fetch(read.request), close);
  } catch (err) {
    close();
    return writeSiteHostFailure(500, err instanceof Error ? err.message : String(err));
  }
}

async function fetchBundle(env: SiteHostEnv, hash: string): Promise<string> {
  const response = await fetch(new URL(`/api/site-host/bundles/${hash}`, env.PLATFORM_URL), {
    headers: { [SITE_HOST_KEY_HEADER]: env.SITE_HOST_KEY },
  });
  if (!response.ok) throw new Error(`the platform answered ${response.status} for the Worker bundle ${hash}`);
  return response.text();
}
