/**
 * The local site host's Worker (see SiteHost.ts): its route table. Anything but the
 * health check is a run, which SiteHost.ts refuses without the launcher's key.
 */
import { runSite, type SiteHostEnv } from "./SiteHost.ts";

export default {
  fetch(request, env) {
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname === "/health") return new Response("ok");
    return runSite(env, request);
  },
} satisfies ExportedHandler<SiteHostEnv>;

// The gateway of network-granted sites (loadSiteWorker.ts's `exports.SiteOutbound`).
export { SiteOutbound } from "../deploys/SiteOutbound.ts";
