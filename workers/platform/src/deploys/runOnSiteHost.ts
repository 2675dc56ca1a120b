import { SITE_HOST_FAILED_HEADER, writeSiteHostRequest } from "../siteHost/siteHostRequest.ts";
import type { SiteRun } from "./loadSiteWorker.ts";

/** The site host did not answer at all: it is restarting, most likely after a site held it. */
export class SiteHostLost extends Error {
  constructor(cause: unknown) {
    super("the local site host did not answer (it is restarting after a site held it, or still starting)", { cause });
  }
}

/**
 * A visitor's request to a site's Worker, run by the local site host at `hostUrl`
 * (siteHost/SiteHost.ts; the encoding is siteHost/siteHostRequest.ts). The host answers
 * the Worker's response as it is, or an error with X-Wove-Site-Host-Failed and its message
 * (the Worker threw, or the host refused the request), which becomes a throw here as it
 * would from this Worker's own loader. A host
 * that drops the connection (the launcher restarted it) is SiteHostLost.
 */
export async function runOnSiteHost(
  hostUrl: string,
  key: string,
  run: SiteRun,
  visitor: Request,
  signal: AbortSignal,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(writeSiteHostRequest(hostUrl, key, run, visitor), { signal });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new SiteHostLost(err);
  }
  if (response.headers.has(SITE_HOST_FAILED_HEADER)) {
    throw new Error(`the site host answered ${response.status}: ${await response.text()}`);
  }
  return response;
}
