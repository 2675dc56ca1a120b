import { resolveAsset, sitePointerKey, type SitePointer } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { dispatchSite } from "./dispatchSite.ts";
import { SiteHostLost } from "./runOnSiteHost.ts";
import { runSiteWorker, SiteTimeout } from "./runSiteWorker.ts";
import { serveSiteFile } from "./serveSiteFile.ts";
import { sitePage } from "./sitePage.ts";

/**
 * Answers a request to a deployed site from the deployment its pointer names: static
 * files first (GET and HEAD), then the site's Worker if it has one, else its own 404.html
 * or the platform's. With Workers for Platforms (a DISPATCHER binding) the pointer only
 * says the site exists and what its grant is; its user Worker answers everything. Nothing
 * here reads the IDE's session: sites are public.
 */
export async function serveSite(env: Bindings, site: string, request: Request): Promise<Response> {
  const object = await env.BLOBS.get(sitePointerKey(site));
  if (!object) {
    return sitePage(
      404,
      "No site here",
      `Nothing is deployed at ${site}. Check the address, or deploy the project from Wove.`,
    );
  }
  const { manifest } = await object.json<SitePointer>();
  const meta = { site, deploymentId: manifest.deploymentId };
  if (env.DISPATCHER) {
    const dispatcher = env.DISPATCHER;
    return fromWorker(() => dispatchSite(dispatcher, site, manifest, request), meta);
  }
  const url = new URL(request.url);
  const readOnly = request.method === "GET" || request.method === "HEAD";
  const resolved = readOnly ? resolveAsset(manifest, url.pathname) : { found: false as const };
  if (resolved.found) return serveSiteFile(env, request, resolved.path, resolved.file, 200);
  if (manifest.worker) return fromWorker(() => runSiteWorker(env, manifest, request), meta);
  if (!readOnly) return sitePage(405, "Method not allowed", "A static site only answers GET and HEAD.");
  if ("notFoundPage" in resolved && resolved.notFoundPage) {
    return serveSiteFile(env, request, resolved.notFoundPage.path, resolved.notFoundPage.file, 404);
  }
  return sitePage(404, "Page not found", `${url.pathname} is not part of this site.`);
}

/**
 * The site Worker's answer, or the platform's page when it timed out or threw. A site host
 * lost mid-request (restarted because a site held its thread, usually this one) is a
 * Worker that did not answer, as a timeout is.
 */
async function fromWorker(answer: () => Promise<Response>, meta: Record<string, unknown>): Promise<Response> {
  try {
    return await answer();
  } catch (err) {
    if (err instanceof SiteTimeout) {
      return sitePage(
        504,
        "This site took too long",
        `The site's Worker did not answer within ${err.seconds} seconds.`,
      );
    }
    if (err instanceof SiteHostLost) {
      return sitePage(
        504,
        "This site took too long",
        "The site's Worker did not answer: a site held the local site host, which is restarting. Try again in a few seconds.",
      );
    }
    logError("site: the deployed Worker threw", err, meta);
    return sitePage(500, "This site failed", "The site's Worker threw an error while answering this request.");
  }
}
