import { SITE_LIMITS, type Manifest } from "@wove/deploy";
import { withoutDomainCookies, withoutPlatformCookies } from "./siteCookies.ts";

/** What the dispatcher passes the outbound Worker (the platform itself: middleware/serveOutbound.ts). */
export interface OutboundParams {
  network: boolean;
}

/**
 * Workers for Platforms: the options of every dispatch to a site's user Worker. The same
 * limits the Worker Loader gets (Cloudflare enforces them here), and the owner's grant for
 * the outbound Worker, which refuses everything when it is not given and applies the
 * gateway's address rules when it is.
 */
export function dispatchOptions(manifest: Manifest): DynamicDispatchOptions {
  const params: OutboundParams = { network: manifest.worker?.network === true };
  return { limits: { ...SITE_LIMITS }, outbound: { WOVE_OUTBOUND: params } };
}

/** Answers a visitor from the site's user Worker in the dispatch namespace (which serves its assets too). */
export async function dispatchSite(
  dispatcher: DispatchNamespace,
  site: string,
  manifest: Manifest,
  request: Request,
): Promise<Response> {
  const worker = dispatcher.get(site, {}, dispatchOptions(manifest));
  return withoutDomainCookies(await worker.fetch(withoutPlatformCookies(request)));
}
